package uz.daftar.query.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** The days a report covers, {@code from} to {@code to} both included, in the student's own calendar. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    /** The longest period one report covers. */
    public static final int MOST_DAYS = 366;

    public ReportPeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period cannot end (" + to + ") before it begins (" + from + ")");
        }
    }

    /** The last calendar month that has ended by {@code today}. */
    public static ReportPeriod lastFullMonth(LocalDate today) {
        LocalDate first = today.withDayOfMonth(1).minusMonths(1);
        return new ReportPeriod(first, first.plusMonths(1).minusDays(1));
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The first moment of the period in the zone. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the period in the zone. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
