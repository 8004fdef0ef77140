package uz.daftar.projections.olympiad;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uz.daftar.events.olympiad.OlympiadCancelled;
import uz.daftar.events.olympiad.OlympiadCreated;
import uz.daftar.events.olympiad.OlympiadPublished;
import uz.daftar.events.olympiad.OlympiadQuestion;
import uz.daftar.events.olympiad.OlympiadSchedule;
import uz.daftar.events.olympiad.OlympiadSubmitted;
import uz.daftar.events.olympiad.ParticipantRegistered;
import uz.daftar.events.olympiad.ParticipationCancelled;
import uz.daftar.events.olympiad.ParticipationStarted;
import uz.daftar.events.olympiad.PrizeBand;
import uz.daftar.events.olympiad.RankedEntry;
import uz.daftar.events.olympiad.StandingsFrozen;
import uz.daftar.events.olympiad.StandingsPageFrozen;
import uz.daftar.events.olympiad.SubmissionGraded;
import uz.daftar.projections.ReadModelDatabase;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.daftar.projections.Interleavings.interleave;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Olympiads, participants and standings, by calling the projection's handlers directly against a real PostgreSQL.
 * Every handler sets the columns its event decides, so the projection is idempotent on its own.
 */
class OlympiadStandingsProjectionIT {

    private static final Instant T = Instant.parse("2026-12-05T05:00:00Z");
    private static final String OLYMPIAD = "olymp-1";

    private static ReadModelDatabase database;
    private static OlympiadStandingsProjection projection;
    private static OlympiadReader reader;

    @BeforeAll
    static void startPostgres() throws IOException, SQLException {
        database = ReadModelDatabase.start();
        projection = new OlympiadStandingsProjection(database.jdbc());
        reader = new OlympiadReader(database.jdbc());
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        database.close();
    }

    @BeforeEach
    void emptyOlympiads() {
        projection.reset();
    }

    @Test
    void liveStandingsRankByScoreThenEarliestSubmissionThenStudentId() {
        graded("stu-c", 8, T.plusSeconds(5));
        graded("stu-a", 8, T.plusSeconds(5));
        graded("stu-b", 8, T.plusSeconds(1));
        graded("stu-d", 10, T.plusSeconds(9));
        graded("stu-e", 3, T);

        Standings top = reader.top(OLYMPIAD, 10);
        assertThat(top.frozen()).isFalse();
        assertThat(top.ranked()).isEqualTo(5);
        assertThat(top.entries()).extracting(StandingRow::rank, StandingRow::studentId, StandingRow::score)
                .containsExactly(tuple(1, "stu-d", 10), tuple(2, "stu-b", 8), tuple(3, "stu-a", 8),
                        tuple(4, "stu-c", 8), tuple(5, "stu-e", 3));
        StandingNeighbourhood a = reader.around(OLYMPIAD, "stu-a", 1).orElseThrow();
        assertThat(a.entry().rank()).isEqualTo(3);
        assertThat(a.above()).extracting(StandingRow::studentId, StandingRow::rank).containsExactly(tuple("stu-b", 2));
        assertThat(a.below()).extracting(StandingRow::studentId, StandingRow::rank).containsExactly(tuple("stu-c", 4));
    }

    @Test
    void onlyGradedParticipantsAreRankedAndACancelledRegistrationNever() {
        graded("stu-a", 8, T);
        projection.on(new ParticipantRegistered(OLYMPIAD, "stu-b", 10, "hold-b", T.minusSeconds(3_600)));
        projection.on(new ParticipationStarted(OLYMPIAD, "stu-b", "hold-b", T, T.plusSeconds(1_800)));
        projection.on(new ParticipantRegistered(OLYMPIAD, "stu-c", 10, "hold-c", T.minusSeconds(3_600)));
        projection.on(new ParticipationStarted(OLYMPIAD, "stu-c", "hold-c", T, T.plusSeconds(1_800)));
        projection.on(new OlympiadSubmitted(OLYMPIAD, "stu-c", Map.of("q1", "7"), true, T.plusSeconds(1_800)));
        projection.on(new ParticipantRegistered(OLYMPIAD, "stu-x", 10, "hold-x", T.minusSeconds(3_600)));
        projection.on(new ParticipationCancelled(OLYMPIAD, "stu-x", "hold-x", "olympiad cancelled", T));

        assertThat(reader.top(OLYMPIAD, 10).entries()).extracting(StandingRow::studentId).containsExactly("stu-a");
        assertThat(reader.around(OLYMPIAD, "stu-x", 1)).isEmpty();
        assertThat(reader.around(OLYMPIAD, "stu-c", 1)).isEmpty();
        assertThat(reader.participant(OLYMPIAD, "stu-x").orElseThrow().status()).isEqualTo("CANCELLED");
        assertThat(reader.participant(OLYMPIAD, "stu-c").orElseThrow())
                .extracting(ParticipantRow::status, ParticipantRow::forced).containsExactly("SUBMITTED", true);
        assertThat(reader.participation(OLYMPIAD)).isEqualTo(new ParticipationCounts(4, 3, 2, 1, 1, 1));
    }

    @Test
    void frozenPagesAreWhatReadersShowOnceTheLastOneHasArrived() {
        graded("stu-a", 8, T.plusSeconds(5));
        graded("stu-b", 8, T.plusSeconds(1));
        graded("stu-c", 2, T);
        projection.on(created(OLYMPIAD));
        projection.on(new StandingsFrozen(OLYMPIAD, 3, 2, "ranking.v1", "prizes.v1", "digest", T.plusSeconds(3_600)));
        projection.on(new StandingsPageFrozen(OLYMPIAD, 1, List.of(new RankedEntry(1, "stu-b", 8, T.plusSeconds(1), 100),
                new RankedEntry(2, "stu-a", 8, T.plusSeconds(5), 50)), "prizes.v1", T.plusSeconds(3_600)));

        assertThat(reader.top(OLYMPIAD, 10).frozen()).isFalse();
        assertThat(reader.olympiad(OLYMPIAD).orElseThrow().frozen().complete()).isFalse();

        projection.on(new StandingsPageFrozen(OLYMPIAD, 2, List.of(new RankedEntry(3, "stu-c", 2, T, 0)),
                "prizes.v1", T.plusSeconds(3_600)));

        Standings top = reader.top(OLYMPIAD, 10);
        assertThat(top.frozen()).isTrue();
        assertThat(top.ranked()).isEqualTo(3);
        assertThat(top.entries()).extracting(StandingRow::rank, StandingRow::studentId, StandingRow::prizeCoins)
                .containsExactly(tuple(1, "stu-b", 100L), tuple(2, "stu-a", 50L), tuple(3, "stu-c", 0L));
        StandingNeighbourhood a = reader.around(OLYMPIAD, "stu-a", 1).orElseThrow();
        assertThat(a.frozen()).isTrue();
        assertThat(a.entry().prizeCoins()).isEqualTo(50L);
        OlympiadRow olympiad = reader.olympiad(OLYMPIAD).orElseThrow();
        assertThat(olympiad.status()).isEqualTo("FROZEN");
        assertThat(olympiad.frozen().complete()).isTrue();
    }

    @Test
    void anOlympiadIsShownOnceCreatedDraftsOnlyWhenAskedAndACancellationKeepsItsReason() {
        projection.on(new OlympiadPublished(OLYMPIAD, "admin-1", T));
        assertThat(reader.olympiad(OLYMPIAD)).isEmpty();

        projection.on(created(OLYMPIAD));
        projection.on(created("olymp-draft"));
        projection.on(created("olymp-cancelled"));
        projection.on(new OlympiadCancelled("olymp-cancelled", "too few registrations", "admin-1", T));

        OlympiadRow olympiad = reader.olympiad(OLYMPIAD).orElseThrow();
        assertThat(olympiad.status()).isEqualTo("PUBLISHED");
        assertThat(olympiad.questionCount()).isEqualTo(2);
        assertThat(olympiad.maxScore()).isEqualTo(10);
        assertThat(reader.olympiads(false)).extracting(OlympiadRow::olympiadId, OlympiadRow::status)
                .containsExactlyInAnyOrder(tuple(OLYMPIAD, "PUBLISHED"), tuple("olymp-cancelled", "CANCELLED"));
        assertThat(reader.olympiads(true)).hasSize(3);
        assertThat(reader.olympiad("olymp-cancelled").orElseThrow().cancelReason()).isEqualTo("too few registrations");
    }

    @Test
    void theOlympiadsStreamsGiveTheSameRowsInAnyOrderAndDeliveredTwice() {
        streams().forEach(stream -> stream.forEach(Runnable::run));
        Snapshot expected = snapshot();
        assertThat(expected.top().frozen()).isTrue();
        assertThat(expected.olympiad().status()).isEqualTo("FROZEN");

        Random random = new Random(42);
        for (int run = 0; run < 20; run++) {
            projection.reset();
            interleave(streams(), random).forEach(event -> {
                event.run();
                if (random.nextInt(4) == 0) {
                    event.run();
                }
            });

            assertThat(snapshot()).as("run %d", run).isEqualTo(expected);
        }
    }

    /** The olympiad's own stream, its standings stream and three participations, each in its own order. */
    private static List<List<Runnable>> streams() {
        return List.of(
                List.of(() -> projection.on(created(OLYMPIAD)),
                        () -> projection.on(new OlympiadPublished(OLYMPIAD, "admin-1", T.minusSeconds(86_400)))),
                List.of(() -> projection.on(new StandingsFrozen(OLYMPIAD, 2, 2, "ranking.v1", "prizes.v1", "digest",
                                T.plusSeconds(7_200))),
                        () -> projection.on(new StandingsPageFrozen(OLYMPIAD, 1, List.of(new RankedEntry(1, "stu-b",
                                10, T.plusSeconds(600), 100)), "prizes.v1", T.plusSeconds(7_200))),
                        () -> projection.on(new StandingsPageFrozen(OLYMPIAD, 2, List.of(new RankedEntry(2, "stu-a",
                                7, T.plusSeconds(900), 0)), "prizes.v1", T.plusSeconds(7_200)))),
                participation("stu-a", 7, T.plusSeconds(900)),
                participation("stu-b", 10, T.plusSeconds(600)),
                List.of(() -> projection.on(new ParticipantRegistered(OLYMPIAD, "stu-x", 10, "hold-x",
                                T.minusSeconds(3_600))),
                        () -> projection.on(new ParticipationCancelled(OLYMPIAD, "stu-x", "hold-x", "changed plans",
                                T.minusSeconds(1_800)))));
    }

    private static List<Runnable> participation(String studentId, int score, Instant submittedAt) {
        String hold = "hold-" + studentId;
        return List.of(
                () -> projection.on(new ParticipantRegistered(OLYMPIAD, studentId, 10, hold, T.minusSeconds(3_600))),
                () -> projection.on(new ParticipationStarted(OLYMPIAD, studentId, hold, T, T.plusSeconds(1_800))),
                () -> projection.on(new OlympiadSubmitted(OLYMPIAD, studentId, Map.of("q1", "7"), false, submittedAt)),
                () -> projection.on(new SubmissionGraded(OLYMPIAD, studentId, score, 10, List.of("q1"), "grading.v1",
                        submittedAt)));
    }

    private record Snapshot(OlympiadRow olympiad, Standings top, List<ParticipantRow> participants,
                            ParticipationCounts counts) {
    }

    private static Snapshot snapshot() {
        return new Snapshot(reader.olympiad(OLYMPIAD).orElseThrow(), reader.top(OLYMPIAD, 10),
                List.of(reader.participant(OLYMPIAD, "stu-a").orElseThrow(),
                        reader.participant(OLYMPIAD, "stu-b").orElseThrow(),
                        reader.participant(OLYMPIAD, "stu-x").orElseThrow()),
                reader.participation(OLYMPIAD));
    }

    private static void graded(String studentId, int score, Instant submittedAt) {
        projection.on(new ParticipantRegistered(OLYMPIAD, studentId, 0, null, T.minusSeconds(3_600)));
        projection.on(new ParticipationStarted(OLYMPIAD, studentId, null, T.minusSeconds(600), T.plusSeconds(1_200)));
        projection.on(new OlympiadSubmitted(OLYMPIAD, studentId, Map.of("q1", "7"), false, submittedAt));
        projection.on(new SubmissionGraded(OLYMPIAD, studentId, score, 10, List.of("q1"), "grading.v1", submittedAt));
    }

    private static OlympiadCreated created(String olympiadId) {
        return new OlympiadCreated(olympiadId, Map.of("uz-Latn", "Matematika", "ru", "Математика"), "math", 7, 10,
                List.of(new OlympiadQuestion("q1", 3, "7"), new OlympiadQuestion("q2", 7, "12")),
                new OlympiadSchedule(T.minusSeconds(86_400), T.minusSeconds(600), T.minusSeconds(600),
                        T.plusSeconds(1_800), 1_800, T.plusSeconds(7_200)),
                10, List.of(new PrizeBand(1, 1, 100)), "admin-1", T.minusSeconds(172_800));
    }
}
