package uz.daftar.projections.leaderboard;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import uz.daftar.events.games.Game;
import uz.daftar.events.games.GameScoreSubmitted;
import uz.daftar.events.games.ScoreAccepted;
import uz.daftar.events.games.ScoreQuarantined;
import uz.daftar.events.learner.LeaderboardVisibilityChanged;
import uz.daftar.events.learner.LearningCentreRegistered;
import uz.daftar.events.learner.StudentEnrolled;
import uz.daftar.events.progress.XpAwarded;
import uz.daftar.projections.ReadModelDatabase;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The leaderboard rules, by calling the projection's handlers directly against a real PostgreSQL. */
class LeaderboardProjectionIT {

    private static final Instant T = Instant.parse("2026-11-23T06:00:00Z");
    private static final String XP_ALL = "xp/global/all";

    private static ReadModelDatabase database;
    private static JdbcTemplate jdbc;
    private static LeaderboardProjection projection;
    private static LeaderboardReader reader;
    private int awards;

    @BeforeAll
    static void startPostgres() throws IOException, SQLException {
        database = ReadModelDatabase.start();
        jdbc = database.jdbc();
        projection = new LeaderboardProjection(jdbc, new LeaderboardWriter(jdbc));
        reader = new LeaderboardReader(jdbc);
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        database.close();
    }

    @BeforeEach
    void emptyBoards() {
        projection.reset();
    }

    @Test
    void xpAddsUpAndTiesGoToWhoReachedTheValueFirstThenToTheSmallerId() {
        xp("stu-b", 10, T.plusSeconds(5));
        xp("stu-a", 10, T.plusSeconds(5));
        xp("stu-c", 6, T);
        xp("stu-c", 4, T.plusSeconds(1));
        xp("stu-d", 25, T.plusSeconds(9));

        assertThat(reader.top(XP_ALL, 10)).extracting(Place::studentId, Place::value, Place::rank)
                .containsExactly(tuple("stu-d", 25L, 1L), tuple("stu-c", 10L, 2L), tuple("stu-a", 10L, 3L),
                        tuple("stu-b", 10L, 4L));
        Standing a = reader.standing(XP_ALL, "stu-a", 1);
        assertThat(a.place().rank()).isEqualTo(3);
        assertThat(a.above()).extracting(Place::studentId, Place::rank).containsExactly(tuple("stu-c", 2L));
        assertThat(a.below()).extracting(Place::studentId, Place::rank).containsExactly(tuple("stu-b", 4L));
        assertThat(a.ranked()).isEqualTo(4);
    }

    @Test
    void daysWeeksAndMonthsTurnAtMidnightInTashkentNotInUtc() {
        // 18:59 UTC on Sunday 29 November is 23:59 in Tashkent; 19:01 UTC is 00:01 on Monday 30 November.
        xp("stu-a", 10, Instant.parse("2026-11-29T18:59:00Z"));
        xp("stu-a", 7, Instant.parse("2026-11-29T19:01:00Z"));

        assertThat(value("xp/global/day:2026-11-29", "stu-a")).isEqualTo(10);
        assertThat(value("xp/global/day:2026-11-30", "stu-a")).isEqualTo(7);
        assertThat(value("xp/global/week:2026-W48", "stu-a")).isEqualTo(10);
        assertThat(value("xp/global/week:2026-W49", "stu-a")).isEqualTo(7);
        assertThat(value("xp/global/month:2026-11", "stu-a")).isEqualTo(17);
        assertThat(value(XP_ALL, "stu-a")).isEqualTo(17);
    }

    @Test
    void aLateAwardLandsInTheDayItHappenedAndDoesNotMoveWhenTheValueWasReached() {
        xp("stu-a", 10, T.plusSeconds(60));
        xp("stu-a", 5, T.minusSeconds(86_400));

        assertThat(value("xp/global/day:2026-11-22", "stu-a")).isEqualTo(5);
        assertThat(reader.standing(XP_ALL, "stu-a", 0).entry().reachedAt()).isEqualTo(T.plusSeconds(60));
    }

    @Test
    void classCentreAndRegionBoardsHoldTheSameEntriesWhateverArrivesFirst() {
        xp("stu-a", 10, T);
        projection.on(new StudentEnrolled("cls-1", "ctr-1", "stu-a", T));
        xp("stu-a", 5, T.plusSeconds(1));
        projection.on(new LearningCentreRegistered("ctr-1", "Centre", "TAS", T));
        projection.on(new StudentEnrolled("cls-1", "ctr-1", "stu-b", T));
        xp("stu-b", 30, T.plusSeconds(2));
        List<Map<String, Object>> enrolledFirst = rows();

        projection.reset();
        projection.on(new LearningCentreRegistered("ctr-1", "Centre", "TAS", T));
        xp("stu-b", 30, T.plusSeconds(2));
        xp("stu-a", 5, T.plusSeconds(1));
        projection.on(new StudentEnrolled("cls-1", "ctr-1", "stu-b", T));
        xp("stu-a", 10, T);
        projection.on(new StudentEnrolled("cls-1", "ctr-1", "stu-a", T));

        assertThat(rows()).isEqualTo(enrolledFirst);
        for (String scope : List.of("class:cls-1", "centre:ctr-1", "region:TAS")) {
            assertThat(reader.top("xp/" + scope + "/all", 10)).extracting(Place::studentId, Place::value)
                    .containsExactly(tuple("stu-b", 30L), tuple("stu-a", 15L));
            assertThat(reader.standing("xp/" + scope + "/all", "stu-a", 1).place().rank()).isEqualTo(2);
        }
    }

    @Test
    void anUnlistedStudentIsNeitherShownNorCountedButKeepsTheirEntry() {
        xp("stu-a", 30, T);
        xp("stu-b", 20, T);
        xp("stu-c", 10, T);
        projection.on(new LeaderboardVisibilityChanged("stu-a", false, "grd-1", T));
        xp("stu-a", 5, T.plusSeconds(1));

        assertThat(reader.top(XP_ALL, 10)).extracting(Place::studentId).containsExactly("stu-b", "stu-c");
        assertThat(reader.standing(XP_ALL, "stu-c", 1).place().rank()).isEqualTo(2);
        assertThat(reader.ranked(XP_ALL)).isEqualTo(2);
        Standing unlisted = reader.standing(XP_ALL, "stu-a", 1);
        assertThat(unlisted.place()).isNull();
        assertThat(unlisted.entry().value()).isEqualTo(35);

        projection.on(new LeaderboardVisibilityChanged("stu-a", true, "grd-1", T));
        assertThat(reader.top(XP_ALL, 10)).extracting(Place::studentId).containsExactly("stu-a", "stu-b", "stu-c");
        assertThat(reader.ranked(XP_ALL)).isEqualTo(3);
    }

    @Test
    void aGameBoardHoldsTheBestAcceptedScoreAndFallsBackWhenAReviewQuarantinesIt() {
        score("stu-a", "s1", 800, T, true);
        score("stu-a", "s2", 1200, T.plusSeconds(600), true);
        score("stu-a", "s3", 5000, T.plusSeconds(1200), false);
        score("stu-b", "s1", 1200, T.plusSeconds(300), true);
        String board = "game:TETRIS/global/all";

        assertThat(reader.top(board, 10)).extracting(Place::studentId, Place::value)
                .containsExactly(tuple("stu-b", 1200L), tuple("stu-a", 1200L));

        projection.on(new ScoreQuarantined("stu-b", Game.TETRIS, "s1", 1200, "plausibility.v2", List.of("fast"),
                T.plusSeconds(5000)));
        assertThat(reader.top(board, 10)).extracting(Place::studentId).containsExactly("stu-a");
        assertThat(reader.standing(board, "stu-b", 1).entry()).isNull();

        projection.on(new ScoreQuarantined("stu-a", Game.TETRIS, "s2", 1200, "plausibility.v2", List.of("fast"),
                T.plusSeconds(5000)));
        assertThat(value(board, "stu-a")).isEqualTo(800);
        assertThat(reader.ranked(board)).isEqualTo(1);
    }

    @Test
    void onALargeBoardTheRankFromValueCountsIsTheRankFromCountingEveryoneAhead() {
        Random random = new Random(7);
        List<String> students = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String student = "stu-" + i;
            students.add(student);
            projection.on(new StudentEnrolled("cls-" + (i % 3), "ctr-1", student, T));
            for (int award = 0; award < 1 + random.nextInt(3); award++) {
                // values cluster so that blocks of 1024 and exact ties both matter
                // reached within the same second, the same hour, or over three days: ties by day, hour and instant
                long spread = switch (random.nextInt(3)) {
                    case 0 -> random.nextInt(3);
                    case 1 -> random.nextInt(3_600);
                    default -> random.nextInt(3 * 86_400);
                };
                xp(student, random.nextBoolean() ? 1020 + random.nextInt(8) : random.nextInt(3000),
                        T.plusSeconds(spread));
            }
        }
        projection.on(new LearningCentreRegistered("ctr-1", "Centre", "TAS", T));
        projection.on(new LeaderboardVisibilityChanged("stu-5", false, "grd-1", T));

        for (String board : List.of(XP_ALL, "xp/region:TAS/all", "xp/class:cls-1/all")) {
            List<Place> everyone = reader.top(board, 10_000);
            assertThat(everyone).isSortedAccordingTo(Comparator.comparing(Place::value).reversed()
                    .thenComparing(Place::reachedAt).thenComparing(Place::studentId));
            assertThat(reader.ranked(board)).isEqualTo(everyone.size());
            for (Place place : everyone) {
                assertThat(reader.standing(board, place.studentId(), 0).place().rank()).as(board)
                        .isEqualTo(place.rank());
            }
        }
        assertThat(reader.ranked(XP_ALL)).isEqualTo(students.size() - 1);
    }

    @Test
    void withinABatchAStagedRemovalStandsOverTheStoredEntry() {
        xp("stu-a", 10, T);
        BoardChanges changes = new BoardChanges(new LeaderboardWriter(jdbc));
        changes.entries("stu-a", List.of(XP_ALL));
        Map<String, Entry> removal = new HashMap<>();
        removal.put(XP_ALL, null);

        changes.stage("stu-a", removal, T);

        assertThat(changes.allEntries("stu-a")).doesNotContainKey(XP_ALL).containsKey("xp/global/day:2026-11-23");
        changes.flush();
        assertThat(reader.standing(XP_ALL, "stu-a", 0).entry()).isNull();
        assertThat(reader.ranked(XP_ALL)).isZero();
    }

    @Test
    void aPlaceAsOfAMomentIsThePlaceTheBoardShowedThen() {
        Random random = new Random(11);
        List<String> boards = List.of(XP_ALL, "xp/region:TAS/all", "xp/class:cls-0/all", "xp/global/day:2026-11-23",
                "game:TETRIS/global/all");
        Map<Instant, Map<String, Standing>> shown = new HashMap<>();
        Instant at = T;
        for (int step = 0; step < 120; step++) {
            at = at.plusSeconds(1 + random.nextInt(600));
            String student = "stu-" + random.nextInt(12);
            switch (random.nextInt(10)) {
                case 0 -> projection.on(new StudentEnrolled("cls-" + random.nextInt(2), "ctr-1", student, at));
                case 1 -> projection.on(new LeaderboardVisibilityChanged(student, random.nextBoolean(), "grd-1", at));
                case 2 -> projection.on(new LearningCentreRegistered("ctr-1", "Centre", "TAS", at));
                case 3, 4 -> score(student, "s" + step, random.nextInt(5) * 100, at, random.nextInt(4) > 0);
                default -> xp(student, 1 + random.nextInt(3), at);
            }
            Map<String, Standing> now = new HashMap<>();
            for (String board : boards) {
                for (int i = 0; i < 12; i++) {
                    now.put(board + "|stu-" + i, reader.standing(board, "stu-" + i, 0));
                }
            }
            shown.put(at, now);
        }

        shown.forEach((moment, standings) -> standings.forEach((key, then) -> {
            String[] parts = key.split("\\|");
            assertThat(reader.standingAt(parts[0], parts[1], moment)).as(key + " at " + moment).isEqualTo(then);
        }));
        assertThat(reader.standingAt(XP_ALL, "stu-1", T.minusSeconds(1)).entry()).isNull();
        assertThat(reader.standingAt(XP_ALL, "stu-1", T.minusSeconds(1)).ranked()).isZero();
    }

    private void xp(String studentId, long amount, Instant at) {
        awards++;
        projection.on(new XpAwarded(studentId, "awd-" + awards, amount, 0, "ans-" + awards,
                "PracticeAnswerRecorded", "xp.practice-answer.v1", at));
    }

    private void score(String studentId, String sessionId, long score, Instant at, boolean accepted) {
        projection.on(new GameScoreSubmitted(studentId, Game.TETRIS, sessionId, score, 60_000, null, 10, 2, null,
                null, at));
        if (accepted) {
            projection.on(new ScoreAccepted(studentId, Game.TETRIS, sessionId, score, "plausibility.v1", at));
        } else {
            projection.on(new ScoreQuarantined(studentId, Game.TETRIS, sessionId, score, "plausibility.v1",
                    List.of("too fast"), at));
        }
    }

    private static long value(String board, String studentId) {
        return reader.standing(board, studentId, 0).entry().value();
    }

    private static List<Map<String, Object>> rows() {
        List<Map<String, Object>> rows = new ArrayList<>(jdbc.queryForList(
                "SELECT student_id, board, value, reached_at, listed FROM lb_entry ORDER BY student_id, board"));
        rows.addAll(jdbc.queryForList("SELECT board, level, bucket, n FROM lb_count ORDER BY board, level, bucket"));
        return rows;
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
