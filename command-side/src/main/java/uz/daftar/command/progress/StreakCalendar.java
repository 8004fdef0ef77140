package uz.daftar.command.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The days that count for a student's streak (active days and frozen days), in the student's time zone. Pure:
 * the same days always give the same streaks, whatever order they were added in.
 * <p>
 * {@value #RULE}: a streak is a run of consecutive counted days; the current streak is the run that ends on the
 * latest counted day; a full week of streak earns a freeze, at most {@value #MAX_FREEZES} banked; freezes cover
 * missed days only when there are enough of them for the whole gap.
 */
final class StreakCalendar {

    static final String RULE = "streaks.v1";
    static final int WEEK = 7;
    static final int MAX_FREEZES = 2;

    private final TreeSet<LocalDate> days = new TreeSet<>();

    boolean counts(LocalDate day) {
        return days.contains(day);
    }

    void add(LocalDate day) {
        days.add(day);
    }

    /** The days missed between the latest counted day and {@code day}; empty unless {@code day} is later. */
    List<LocalDate> missedBefore(LocalDate day) {
        List<LocalDate> missed = new ArrayList<>();
        if (!days.isEmpty() && day.isAfter(days.last())) {
            for (LocalDate d = days.last().plusDays(1); d.isBefore(day); d = d.plusDays(1)) {
                missed.add(d);
            }
        }
        return missed;
    }

    /** This calendar with {@code day} counted too; this one is unchanged. */
    StreakCalendar with(LocalDate day) {
        StreakCalendar copy = new StreakCalendar();
        copy.days.addAll(days);
        copy.days.add(day);
        return copy;
    }

    LocalDate lastDay() {
        return days.last();
    }

    /** The run of consecutive days that ends on the latest counted day. */
    int current() {
        return days.isEmpty() ? 0 : runThrough(days.last());
    }

    /** The length of the run of consecutive counted days that contains {@code day}. */
    int runThrough(LocalDate day) {
        if (!days.contains(day)) {
            return 0;
        }
        int run = 1;
        for (LocalDate d = day.minusDays(1); days.contains(d); d = d.minusDays(1)) {
            run++;
        }
        for (LocalDate d = day.plusDays(1); days.contains(d); d = d.plusDays(1)) {
            run++;
        }
        return run;
    }
}
