package uz.daftar.projections.search;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The age band analytics group students by: the age a student turns in the calendar year of the event (the event's
 * year in Asia/Tashkent minus the birth year; only the year of birth is known), in bands of two years from 5 to 14:
 * {@code 0-4}, {@code 5-6}, {@code 7-8}, {@code 9-10}, {@code 11-12}, {@code 13-14}, {@code 15+}.
 */
final class AgeBand {

    static final ZoneId CALENDAR = ZoneId.of("Asia/Tashkent");

    private AgeBand() {
    }

    /** The band of a student born in {@code birthYear} at {@code occurredAt}; empty when the birth year is unknown. */
    static Optional<String> of(Integer birthYear, Instant occurredAt) {
        if (birthYear == null) {
            return Optional.empty();
        }
        int age = occurredAt.atZone(CALENDAR).getYear() - birthYear;
        if (age < 0) {
            return Optional.empty();
        }
        if (age < 5) {
            return Optional.of("0-4");
        }
        if (age >= 15) {
            return Optional.of("15+");
        }
        int low = age % 2 == 1 ? age : age - 1;
        return Optional.of(low + "-" + (low + 1));
    }
}
