package uz.daftar.projections.leaderboard;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The periods leaderboards run over, in the platform's calendar (Asia/Tashkent, whatever a student's own zone):
 * {@code all}, {@code day:2026-11-22}, {@code week:2026-W47} (ISO weeks, Monday first) and {@code month:2026-11}.
 */
public final class Periods {

    public static final ZoneId CALENDAR = ZoneId.of("Asia/Tashkent");
    public static final String ALL = "all";

    /** A period's key with the instants it spans, {@code [start, end)}; both are null for {@code all}. */
    public record Period(String key, Instant start, Instant end) {
    }

    public enum Kind {
        DAY, WEEK, MONTH, ALL
    }

    private Periods() {
    }

    /** The four periods {@code at} counts in. */
    public static List<Period> of(Instant at) {
        LocalDate date = at.atZone(CALENDAR).toLocalDate();
        return List.of(period(Kind.ALL, date), period(Kind.DAY, date), period(Kind.WEEK, date),
                period(Kind.MONTH, date));
    }

    /** The period of {@code kind} that {@code date} (a Tashkent calendar date) falls in. */
    public static Period period(Kind kind, LocalDate date) {
        return switch (kind) {
            case ALL -> new Period(ALL, null, null);
            case DAY -> new Period("day:" + date, start(date), start(date.plusDays(1)));
            case WEEK -> {
                LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new Period("week:" + String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                        date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), start(monday), start(monday.plusWeeks(1)));
            }
            case MONTH -> {
                YearMonth month = YearMonth.from(date);
                yield new Period("month:" + month, start(month.atDay(1)), start(month.plusMonths(1).atDay(1)));
            }
        };
    }

    /** The period a key names, e.g. {@code week:2026-W47}. */
    public static Period parse(String key) {
        if (key.equals(ALL)) {
            return period(Kind.ALL, LocalDate.EPOCH);
        }
        int colon = key.indexOf(':');
        String kind = key.substring(0, colon);
        String value = key.substring(colon + 1);
        return switch (kind) {
            case "day" -> period(Kind.DAY, LocalDate.parse(value));
            case "week" -> period(Kind.WEEK, LocalDate.parse(value.substring(0, 4) + "-01-04")
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Long.parseLong(value.substring(6))));
            case "month" -> period(Kind.MONTH, YearMonth.parse(value).atDay(1));
            default -> throw new IllegalArgumentException("No period kind " + kind);
        };
    }

    private static Instant start(LocalDate date) {
        return date.atStartOfDay(CALENDAR).toInstant();
    }
}
