package uz.daftar.query.timeline;

import uz.daftar.projections.timeline.TimelineEntry;
import uz.daftar.query.dashboard.CurrentStreak;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The days that count for a student's streak, each with the timeline entry that made it count: a day practised
 * ({@code StreakChanged}) or a missed day a freeze covered ({@code StreakFreezeUsed}). Runs of consecutive days are
 * the streaks; they are read from the entries alone, so they can be checked against the dashboard.
 */
final class StreakRuns {

    static final List<String> KINDS = List.of("StreakChanged", "StreakFreezeUsed");

    private final TreeMap<LocalDate, TimelineEntry> days = new TreeMap<>();

    private StreakRuns() {
    }

    static StreakRuns of(List<TimelineEntry> entries) {
        StreakRuns runs = new StreakRuns();
        for (TimelineEntry entry : entries) {
            if (entry.kind().equals("StreakFreezeUsed") && entry.figures().get("days") instanceof List<?> frozen) {
                frozen.forEach(day -> runs.days.putIfAbsent(LocalDate.parse(day.toString()), entry));
            }
        }
        for (TimelineEntry entry : entries) {
            if (entry.kind().equals("StreakChanged")) {
                runs.days.put(LocalDate.parse(entry.figures().get("day").toString()), entry);
            }
        }
        return runs;
    }

    /** The days of the streak that stands {@code today}, newest first; none when it no longer stands. */
    List<Day> current(LocalDate today) {
        if (days.isEmpty() || !CurrentStreak.stands(days.lastKey(), today)) {
            return List.of();
        }
        return runEndingOn(days.lastKey());
    }

    /** The days of the longest run, newest first; of equally long runs, the latest. */
    List<Day> best() {
        List<Day> best = List.of();
        for (LocalDate day : days.keySet()) {
            if (!days.containsKey(day.plusDays(1))) {
                List<Day> run = runEndingOn(day);
                if (run.size() >= best.size()) {
                    best = run;
                }
            }
        }
        return best;
    }

    private List<Day> runEndingOn(LocalDate last) {
        List<Day> run = new ArrayList<>();
        for (LocalDate day = last; days.containsKey(day); day = day.minusDays(1)) {
            run.add(new Day(day, days.get(day)));
        }
        return run;
    }

    /** One day that counts, and the entry that made it count. */
    record Day(LocalDate day, TimelineEntry entry) {
    }
}
