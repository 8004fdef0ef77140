package uz.daftar.projections.dashboard;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class DailyActivityProjectionTest {

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
}
