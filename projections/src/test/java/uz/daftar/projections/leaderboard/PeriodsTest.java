package uz.daftar.projections.leaderboard;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodsTest {

    @Test
    void aPeriodIsInTheTashkentCalendarSoHalfPastMidnightThereIsTheNextDayWeekAndMonth() {
        // Sunday 29 November 2026, 18:59:59 UTC is 23:59:59 in Tashkent (UTC+5); 19:30 UTC is Monday 00:30.
        assertThat(keys("2026-11-29T18:59:59Z")).containsExactly("all", "day:2026-11-29", "week:2026-W48",
                "month:2026-11");
        assertThat(keys("2026-11-29T19:30:00Z")).containsExactly("all", "day:2026-11-30", "week:2026-W49",
                "month:2026-11");
        // Monday 30 November, 19:30 UTC is already Tuesday 1 December there.
        assertThat(keys("2026-11-30T19:30:00Z")).containsExactly("all", "day:2026-12-01", "week:2026-W49",
                "month:2026-12");
    }

    @Test
    void isoWeeksBelongToTheirWeekBasedYear() {
        assertThat(Periods.of(Instant.parse("2027-01-01T12:00:00Z")).get(2).key()).isEqualTo("week:2026-W53");
    }

    @Test
    void aKeyParsesBackToThePeriodWithItsBounds() {
        Periods.Period week = Periods.parse("week:2026-W48");
        assertThat(week.key()).isEqualTo("week:2026-W48");
        assertThat(week.start()).isEqualTo(Instant.parse("2026-11-22T19:00:00Z"));
        assertThat(week.end()).isEqualTo(Instant.parse("2026-11-29T19:00:00Z"));
        assertThat(Periods.parse("month:2026-02").end()).isEqualTo(Instant.parse("2026-02-28T19:00:00Z"));
        assertThat(Periods.parse("day:2026-11-23")).isEqualTo(Periods.of(Instant.parse("2026-11-23T05:00:00Z")).get(1));
        assertThat(Periods.parse("all").start()).isNull();
    }

    private static List<String> keys(String instant) {
        return Periods.of(Instant.parse(instant)).stream().map(Periods.Period::key).toList();
    }
}
