package uz.daftar.projections.dashboard;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uz.daftar.events.coins.CoinsAdjusted;
import uz.daftar.events.coins.CoinsAwarded;
import uz.daftar.events.coins.CoinsHeld;
import uz.daftar.events.coins.CoinsSpent;
import uz.daftar.events.coins.HoldCaptured;
import uz.daftar.events.coins.HoldReleased;
import uz.daftar.events.coins.LedgerEntryReversed;
import uz.daftar.events.coins.PrizeAwarded;
import uz.daftar.events.learner.StudentRegistered;
import uz.daftar.events.practice.PracticeActivity;
import uz.daftar.events.practice.PracticeAnswerRecorded;
import uz.daftar.events.progress.LevelReached;
import uz.daftar.events.progress.StreakChanged;
import uz.daftar.events.progress.StreakFreezeEarned;
import uz.daftar.events.progress.StreakFreezeUsed;
import uz.daftar.events.progress.XpAwarded;
import uz.daftar.projections.ReadModelDatabase;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.daftar.projections.Interleavings.interleave;
import static uz.daftar.events.coins.LedgerAccounts.ISSUANCE;
import static uz.daftar.events.coins.LedgerAccounts.SPENDING;
import static uz.daftar.events.coins.LedgerAccounts.escrow;
import static uz.daftar.events.coins.LedgerAccounts.wallet;

/**
 * The student dashboard's rules, by calling the projection's handlers directly against a real PostgreSQL. Answers
 * and held coins are counters: a redelivered answer or hold would count twice, so the projection relies on Axon
 * committing its token in the same transaction as the rows.
 */
class StudentDashboardProjectionIT {

    private static final Instant T = Instant.parse("2026-11-23T06:00:00Z");
    private static final String STUDENT = "stu-7f3a";
    private static final String WALLET = wallet(STUDENT);
    private static final String ESCROW = escrow(STUDENT);
    private static final String SEALED = "v1.c2VhbGVkLXByb2ZpbGU";

    private static ReadModelDatabase database;
    private static StudentDashboardProjection projection;
    private static DashboardReader dashboard;

    @BeforeAll
    static void startPostgres() throws IOException, SQLException {
        database = ReadModelDatabase.start();
        projection = new StudentDashboardProjection(database.jdbc());
        dashboard = new DashboardReader(database.jdbc());
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        database.close();
    }

    @BeforeEach
    void emptyDashboards() {
        projection.reset();
    }

    @Test
    void aStudentIsShownOnceRegisteredUnderTheirPseudonymWithTheProfileStillSealed() {
        projection.on(answer("ans-1", "att-1", true, 4_000, T));
        assertThat(dashboard.find(STUDENT)).isEmpty();

        projection.on(registered());

        StudentDashboardRow row = dashboard.find(STUDENT).orElseThrow();
        assertThat(row.sealedProfile()).isEqualTo(SEALED);
        assertThat(row.profileKeyId()).isEqualTo("profile-key-3");
        assertThat(row.answers()).isEqualTo(1);
        assertThat(row.lastActiveAt()).isEqualTo(T);
    }

    @Test
    void anAnswerOfAnEarlierAttemptArrivingLateCountsButDoesNotMoveLastActiveBack() {
        projection.on(registered());
        projection.on(answer("ans-2", "att-2", true, 3_000, T.plusSeconds(3_600)));

        projection.on(answer("ans-1", "att-1", false, 5_000, T));

        StudentDashboardRow row = dashboard.find(STUDENT).orElseThrow();
        assertThat(row.answers()).isEqualTo(2);
        assertThat(row.correctAnswers()).isEqualTo(1);
        assertThat(row.practiceMillis()).isEqualTo(8_000);
        assertThat(row.lastActiveAt()).isEqualTo(T.plusSeconds(3_600));
    }

    @Test
    void heldCoinsLeaveTheBalanceAtOnceAndCountAsHeldUntilCapturedOrReleased() {
        projection.on(registered());
        projection.on(new CoinsAwarded(STUDENT, "e1", 20, 20, "ans-1", "PracticeAnswerRecorded", "coins.v1", ISSUANCE,
                WALLET, 20, T));
        projection.on(new CoinsHeld(STUDENT, "h1", 10, "olympiad fee", T.plusSeconds(86_400), WALLET, ESCROW, 10, T));
        assertThat(dashboard.find(STUDENT).orElseThrow()).extracting(StudentDashboardRow::coinBalance,
                StudentDashboardRow::coinsHeld).containsExactly(10L, 10L);

        projection.on(new HoldCaptured(STUDENT, "h1", "e3", 10, ESCROW, SPENDING, T));
        assertThat(dashboard.find(STUDENT).orElseThrow()).extracting(StudentDashboardRow::coinBalance,
                StudentDashboardRow::coinsHeld).containsExactly(10L, 0L);

        projection.on(new CoinsHeld(STUDENT, "h2", 4, "olympiad fee", T.plusSeconds(86_400), WALLET, ESCROW, 6, T));
        projection.on(new HoldReleased(STUDENT, "h2", "e5", 4, true, ESCROW, WALLET, 10, T));
        assertThat(dashboard.find(STUDENT).orElseThrow()).extracting(StudentDashboardRow::coinBalance,
                StudentDashboardRow::coinsHeld).containsExactly(10L, 0L);
    }

    @Test
    void anOlderXpTotalOrLevelDeliveredAgainDoesNotLowerTheNewerOne() {
        projection.on(registered());
        projection.on(xp("xp-1", 10, 10));
        projection.on(xp("xp-2", 15, 25));
        projection.on(new LevelReached(STUDENT, 2, 25, "levels.v1", T));
        StudentDashboardRow once = dashboard.find(STUDENT).orElseThrow();

        projection.on(xp("xp-1", 10, 10));
        projection.on(new LevelReached(STUDENT, 2, 25, "levels.v1", T));

        assertThat(dashboard.find(STUDENT)).contains(once);
        assertThat(once).extracting(StudentDashboardRow::totalXp, StudentDashboardRow::level).containsExactly(25L, 2);
    }

    @Test
    void theStudentsStreamsGiveTheSameRowInWhateverOrderTheyArrive() {
        StudentDashboardRow expected = new StudentDashboardRow(STUDENT, "profile-key-3", SEALED, "Asia/Tashkent",
                "uz-Latn", T.minusSeconds(86_400), 3, 2, 12_000, 25, 2, 2, 5, LocalDate.of(2026, 11, 23), 0, 19, 4,
                T.plusSeconds(600));

        Random random = new Random(7);
        for (int run = 0; run < 30; run++) {
            projection.reset();

            interleave(streams(), random).forEach(Runnable::run);

            assertThat(dashboard.find(STUDENT)).as("run %d", run).contains(expected);
        }
    }

    /** The student's, two attempts', the progress and the wallet streams, each in its own order. */
    private static List<List<Runnable>> streams() {
        return List.of(
                List.of(() -> projection.on(registered())),
                List.of(() -> projection.on(answer("ans-1", "att-1", true, 4_000, T)),
                        () -> projection.on(answer("ans-2", "att-1", false, 5_000, T.plusSeconds(60)))),
                List.of(() -> projection.on(answer("ans-3", "att-2", true, 3_000, T.plusSeconds(600)))),
                List.of(() -> projection.on(xp("xp-1", 10, 10)),
                        () -> projection.on(new StreakChanged(STUDENT, LocalDate.of(2026, 11, 22), 1, 5,
                                LocalDate.of(2026, 11, 22), "streak.v1", T)),
                        () -> projection.on(new StreakFreezeEarned(STUDENT, 1, "streak.v1", T)),
                        () -> projection.on(xp("xp-2", 15, 25)),
                        () -> projection.on(new LevelReached(STUDENT, 2, 25, "levels.v1", T)),
                        () -> projection.on(new StreakFreezeUsed(STUDENT, List.of(LocalDate.of(2026, 11, 21)), 0,
                                "streak.v1", T)),
                        () -> projection.on(new StreakChanged(STUDENT, LocalDate.of(2026, 11, 23), 2, 5,
                                LocalDate.of(2026, 11, 23), "streak.v1", T))),
                List.of(() -> projection.on(new CoinsAwarded(STUDENT, "e1", 20, 20, "ans-1", "PracticeAnswerRecorded",
                                "coins.v1", ISSUANCE, WALLET, 20, T)),
                        () -> projection.on(new CoinsSpent(STUDENT, "e2", 5, "avatar hat", WALLET, SPENDING, 15, T)),
                        () -> projection.on(new CoinsHeld(STUDENT, "h1", 10, "olympiad fee", T.plusSeconds(86_400),
                                WALLET, ESCROW, 5, T)),
                        () -> projection.on(new PrizeAwarded(STUDENT, "e4", 30, "olymp-1", 1, "prizes.v1", ISSUANCE,
                                WALLET, 35, T)),
                        () -> projection.on(new HoldCaptured(STUDENT, "h1", "e5", 10, ESCROW, SPENDING, T)),
                        () -> projection.on(new CoinsAdjusted(STUDENT, "e6", -7, "duplicate prize", "ticket-1",
                                "admin-1", WALLET, SPENDING, 28, T)),
                        () -> projection.on(new LedgerEntryReversed(STUDENT, "e7", "e1", 20, "award in error",
                                "admin-1", WALLET, ISSUANCE, 8, T)),
                        () -> projection.on(new CoinsHeld(STUDENT, "h2", 4, "olympiad fee", T.plusSeconds(86_400),
                                WALLET, ESCROW, 4, T)),
                        () -> projection.on(new CoinsAdjusted(STUDENT, "e9", 15, "lost award", "ticket-2", "admin-1",
                                ISSUANCE, WALLET, 19, T))));
    }

    private static StudentRegistered registered() {
        return new StudentRegistered(STUDENT, "profile-key-3", SEALED, 2016, "Asia/Tashkent", "uz-Latn",
                T.minusSeconds(86_400));
    }

    private static PracticeAnswerRecorded answer(String answerId, String attemptId, boolean correct, long millis,
                                                 Instant at) {
        return new PracticeAnswerRecorded(answerId, attemptId, STUDENT, PracticeActivity.QUIZ, "item-" + answerId,
                "fractions", "3/4", correct, millis, at, at.plusSeconds(1));
    }

    private static XpAwarded xp(String awardId, long amount, long totalXp) {
        return new XpAwarded(STUDENT, awardId, amount, totalXp, "ans-" + awardId, "PracticeAnswerRecorded", "xp.v1", T);
    }
}
