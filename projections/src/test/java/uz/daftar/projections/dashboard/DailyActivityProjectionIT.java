package uz.daftar.projections.dashboard;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uz.daftar.events.practice.PracticeActivity;
import uz.daftar.events.practice.PracticeAnswerRecorded;
import uz.daftar.events.progress.XpAwarded;
import uz.daftar.projections.ReadModelDatabase;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A student's activity per day, by calling the projection's handlers directly against a real PostgreSQL. The slots
 * are sums: a redelivered answer would count twice, so the projection relies on Axon committing its token in the
 * same transaction as the rows.
 */
class DailyActivityProjectionIT {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static final String STUDENT = "stu-a";
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 29);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private static ReadModelDatabase database;
    private static DailyActivityProjection projection;
    private static DailyActivityReader reader;

    @BeforeAll
    static void startPostgres() throws IOException, SQLException {
        database = ReadModelDatabase.start();
        projection = new DailyActivityProjection(database.jdbc());
        reader = new DailyActivityReader(database.jdbc());
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        database.close();
    }

    @BeforeEach
    void emptyActivity() {
        projection.reset();
    }

    @Test
    void anInstantFallsInTheQuarterHourOfUtcThatStartsAtOrBeforeIt() {
        assertThat(DailyActivityProjection.quarterOf(Instant.parse("2025-09-03T18:59:59.999Z")))
                .isEqualTo(Instant.parse("2025-09-03T18:45:00Z"));
        assertThat(DailyActivityProjection.quarterOf(Instant.parse("2025-09-03T19:00:00Z")))
                .isEqualTo(Instant.parse("2025-09-03T19:00:00Z"));
    }

    @Test
    void quartersNeverStraddleMidnightInTashkentOrInAHalfHourZone() {
        for (String zone : new String[]{"Asia/Tashkent", "Asia/Kolkata", "Asia/Kathmandu"}) {
            ZoneId id = ZoneId.of(zone);
            Instant midnight = LocalDate.of(2025, 9, 4).atStartOfDay(id).toInstant();

            assertThat(DailyActivityProjection.quarterOf(midnight)).as(zone).isEqualTo(midnight);
            assertThat(DailyActivityProjection.quarterOf(midnight.minusMillis(1)).atZone(id).toLocalDate())
                    .as(zone).isEqualTo(LocalDate.of(2025, 9, 3));
        }
    }

    @Test
    void anAnswerJustAfterMidnightInTashkentCountsForTheNewDayThereAndTheOldDayInUtc() {
        // 18:59 UTC on Sunday is 23:59 in Tashkent; 19:30 UTC is 00:30 on Monday
        projection.on(answer(true, 4_000, Instant.parse("2026-11-29T18:59:00Z")));
        projection.on(answer(false, 6_000, Instant.parse("2026-11-29T19:30:00Z")));

        assertThat(reader.days(STUDENT, TASHKENT, SUNDAY, MONDAY)).containsExactly(
                new DailyActivityReader.Day(SUNDAY, 1, 1, 4_000, 0),
                new DailyActivityReader.Day(MONDAY, 1, 0, 6_000, 0));
        assertThat(reader.days(STUDENT, ZoneOffset.UTC, SUNDAY, MONDAY)).containsExactly(
                new DailyActivityReader.Day(SUNDAY, 2, 1, 10_000, 0));
    }

    @Test
    void xpCountsOnTheDayItWasAwardedAlongsideTheAnswers() {
        projection.on(answer(true, 4_000, Instant.parse("2026-11-30T05:00:00Z")));
        projection.on(xp(10, Instant.parse("2026-11-30T05:00:01Z")));
        projection.on(xp(5, Instant.parse("2026-11-29T19:00:00Z")));

        assertThat(reader.days(STUDENT, TASHKENT, MONDAY, MONDAY)).containsExactly(
                new DailyActivityReader.Day(MONDAY, 1, 1, 4_000, 15));
    }

    @Test
    void aLateAnswerLandsOnTheDayItWasGiven() {
        projection.on(answer(true, 4_000, Instant.parse("2026-11-30T05:00:00Z")));

        projection.on(answer(true, 2_000, Instant.parse("2026-11-29T05:00:00Z")));

        assertThat(reader.days(STUDENT, TASHKENT, SUNDAY, MONDAY)).extracting(DailyActivityReader.Day::day,
                DailyActivityReader.Day::answers).containsExactly(
                tuple(SUNDAY, 1L), tuple(MONDAY, 1L));
    }

    @Test
    void daysAreReadFromTheFirstToTheLastDayBothIncluded() {
        for (int day = 27; day <= 30; day++) {
            projection.on(answer(true, 1_000, LocalDate.of(2026, 11, day).atStartOfDay(TASHKENT).toInstant()));
        }

        assertThat(reader.days(STUDENT, TASHKENT, LocalDate.of(2026, 11, 28), SUNDAY))
                .extracting(DailyActivityReader.Day::day).containsExactly(LocalDate.of(2026, 11, 28), SUNDAY);
    }

    @Test
    void totalsSumEachStudentsActivityFromTheStartIncludedToTheEndExcluded() {
        Instant from = MONDAY.atStartOfDay(TASHKENT).toInstant();
        Instant to = from.plusSeconds(86_400);
        projection.on(answer(true, 1_000, from.minusMillis(1)));
        projection.on(answer(true, 2_000, from));
        projection.on(xp(7, to.minusSeconds(1)));
        projection.on(answer(true, 3_000, to));
        projection.on(new PracticeAnswerRecorded("ans-b", "att-b", "stu-b", PracticeActivity.QUIZ, "item-1",
                "fractions", "1/2", false, 9_000, from, from));

        assertThat(reader.totals(List.of(STUDENT, "stu-b", "stu-idle"), from, to)).containsOnly(
                entry(STUDENT, new DailyActivityReader.Day(null, 1, 1, 2_000, 7)),
                entry("stu-b", new DailyActivityReader.Day(null, 1, 0, 9_000, 0)));
    }

    private static PracticeAnswerRecorded answer(boolean correct, long millis, Instant at) {
        return new PracticeAnswerRecorded("ans-" + at.toEpochMilli(), "att-1", STUDENT, PracticeActivity.QUIZ,
                "item-1", "fractions", "3/4", correct, millis, at, at.plusSeconds(1));
    }

    private static XpAwarded xp(long amount, Instant at) {
        return new XpAwarded(STUDENT, "xp-" + at.toEpochMilli(), amount, amount, "ans-1", "PracticeAnswerRecorded",
                "xp.v1", at);
    }
}
