package uz.daftar.query.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO-8601 week ({@code 2026-W47}): Monday to Sunday, in a time zone when it is turned into instants. */
public record IsoWeek(int year, int week) {

    public static final String FORMAT = "[0-9]{4}-W[0-9]{2}";
    private static final Pattern PATTERN = Pattern.compile("([0-9]{4})-W([0-9]{2})");

    public IsoWeek {
        if (week < 1 || week > weeksIn(year)) {
            throw new IllegalArgumentException(year + " has no ISO week " + week);
        }
    }

    /** The week {@code text} names; empty when it is not of the form {@code 2026-W47} or the year has no such week. */
    public static Optional<IsoWeek> parse(String text) {
        Matcher matcher = PATTERN.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        int week = Integer.parseInt(matcher.group(2));
        return week >= 1 && week <= weeksIn(year) ? Optional.of(new IsoWeek(year, week)) : Optional.empty();
    }

    public static IsoWeek containing(LocalDate day) {
        return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The week that {@code instant} falls in on the calendar of {@code zone}. */
    public static IsoWeek containing(Instant instant, ZoneId zone) {
        return containing(instant.atZone(zone).toLocalDate());
    }

    public LocalDate monday() {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    /** Midnight at the start of Monday in {@code zone}. */
    public Instant start(ZoneId zone) {
        return monday().atStartOfDay(zone).toInstant();
    }

    /** Midnight at the end of Sunday in {@code zone}: the start of the next week, not part of this one. */
    public Instant end(ZoneId zone) {
        return monday().plusWeeks(1).atStartOfDay(zone).toInstant();
    }

    public IsoWeek previous() {
        return containing(monday().minusWeeks(1));
    }

    public boolean isAfter(IsoWeek other) {
        return monday().isAfter(other.monday());
    }

    private static int weeksIn(int year) {
        return LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    @Override
    public String toString() {
        return String.format("%04d-W%02d", year, week);
    }
}
