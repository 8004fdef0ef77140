package uz.daftar.query.digest;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class IsoWeekTest {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");

    @Test
    void halfPastMidnightOnMondayInTashkentBelongsToTheNewWeekThoughItIsStillSundayInUtc() {
        Instant mondayHalfPastMidnight = Instant.parse("2026-11-22T19:30:00Z");

        assertThat(IsoWeek.containing(mondayHalfPastMidnight, TASHKENT)).hasToString("2026-W48");
        assertThat(IsoWeek.containing(mondayHalfPastMidnight, ZoneId.of("UTC"))).hasToString("2026-W47");
    }

    @Test
    void aWeekRunsFromMidnightOnMondayToMidnightOnTheNextMondayInTheStudentsZone() {
        IsoWeek week = IsoWeek.parse("2026-W48").orElseThrow();

        assertThat(week.start(TASHKENT)).isEqualTo(Instant.parse("2026-11-22T19:00:00Z"));
        assertThat(week.end(TASHKENT)).isEqualTo(Instant.parse("2026-11-29T19:00:00Z"));
        assertThat(IsoWeek.containing(week.start(TASHKENT).minusMillis(1), TASHKENT)).hasToString("2026-W47");
        assertThat(week.monday()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(week.sunday()).isEqualTo(LocalDate.of(2026, 11, 29));
    }

    @Test
    void theWeekBeforeTheFirstIsTheLastOfThePreviousIsoYear() {
        assertThat(IsoWeek.parse("2027-W01").orElseThrow().previous()).hasToString("2026-W53");
        assertThat(IsoWeek.parse("2026-W01").orElseThrow().monday()).isEqualTo(LocalDate.of(2025, 12, 29));
    }

    @Test
    void onlyWeeksTheYearHasAreWeeks() {
        assertThat(IsoWeek.parse("2026-W53")).isPresent();
        assertThat(IsoWeek.parse("2025-W53")).isEmpty();
        assertThat(IsoWeek.parse("2026-W00")).isEmpty();
        assertThat(IsoWeek.parse("2026-47")).isEmpty();
    }
}
