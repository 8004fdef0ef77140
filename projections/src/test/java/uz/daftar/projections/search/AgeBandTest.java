package uz.daftar.projections.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AgeBandTest {

    static final Instant MID_2026 = Instant.parse("2026-06-15T09:00:00Z");

    @ParameterizedTest(name = "born {0}: {1}")
    @CsvSource({
            "2024, 0-4", "2022, 0-4", "2021, 5-6", "2020, 5-6", "2019, 7-8", "2018, 7-8", "2017, 9-10",
            "2016, 9-10", "2015, 11-12", "2014, 11-12", "2013, 13-14", "2012, 13-14", "2011, 15+", "1990, 15+"})
    void theBandIsTheAgeTurnedInTheYearOfTheEventInTwoYearSteps(int birthYear, String band) {
        assertThat(AgeBand.of(birthYear, MID_2026)).contains(band);
    }

    @Test
    void theYearOfTheEventIsTheYearInTashkent() {
        Instant newYearInTashkentStillOldYearInUtc = Instant.parse("2026-12-31T19:30:00Z");

        assertThat(AgeBand.of(2020, newYearInTashkentStillOldYearInUtc)).contains("7-8");
        assertThat(AgeBand.of(2020, Instant.parse("2026-12-31T18:30:00Z"))).contains("5-6");
    }

    @Test
    void anUnknownBirthYearHasNoBand() {
        assertThat(AgeBand.of(null, MID_2026)).isEmpty();
    }

    @Test
    void anEventBeforeTheBirthYearHasNoBand() {
        assertThat(AgeBand.of(2027, MID_2026)).isEmpty();
    }
}
