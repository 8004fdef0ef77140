package uz.daftar.query.timeline;

import org.junit.jupiter.api.Test;
import uz.daftar.projections.timeline.TimelineEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StreakRunsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void theCurrentStreakIsTheRunEndingOnTheLastCountedDayEachDayWithTheEntryThatMadeItCount() {
        StreakRuns runs = StreakRuns.of(List.of(practised("e1", TODAY.minusDays(5)),
                practised("e2", TODAY.minusDays(3)), frozen("e3", TODAY.minusDays(2)),
                practised("e4", TODAY.minusDays(1)), practised("e5", TODAY)));

        List<StreakRuns.Day> current = runs.current(TODAY);

        assertThat(current).extracting(StreakRuns.Day::day)
                .containsExactly(TODAY, TODAY.minusDays(1), TODAY.minusDays(2), TODAY.minusDays(3));
        assertThat(current).extracting(day -> day.entry().eventId()).containsExactly("e5", "e4", "e3", "e2");
    }

    @Test
    void aStreakWhoseLastDayWasBeforeYesterdayNoLongerStands() {
        StreakRuns runs = StreakRuns.of(List.of(practised("e1", TODAY.minusDays(3)),
                practised("e2", TODAY.minusDays(2))));

        assertThat(runs.current(TODAY)).isEmpty();
        assertThat(runs.current(TODAY.minusDays(1))).hasSize(2);
    }

    @Test
    void theBestStreakIsTheLongestRunAndOfEquallyLongOnesTheLatest() {
        StreakRuns runs = StreakRuns.of(List.of(practised("a1", TODAY.minusDays(10)),
                practised("a2", TODAY.minusDays(9)), practised("b1", TODAY.minusDays(4)),
                practised("b2", TODAY.minusDays(3)), practised("c1", TODAY)));

        assertThat(runs.best()).extracting(day -> day.entry().eventId()).containsExactly("b2", "b1");
    }

    @Test
    void oneFreezeCoveringTwoDaysMakesBothCount() {
        TimelineEntry freeze = new TimelineEntry("f1", Instant.EPOCH, 19, "StreakFreezeUsed", "covered", "streaks.v1",
                null, Map.of("days", List.of(TODAY.minusDays(2).toString(), TODAY.minusDays(1).toString())));

        StreakRuns runs = StreakRuns.of(List.of(practised("e1", TODAY.minusDays(3)), freeze, practised("e2", TODAY)));

        assertThat(runs.current(TODAY)).hasSize(4);
    }

    private static TimelineEntry practised(String eventId, LocalDate day) {
        return new TimelineEntry(eventId, Instant.EPOCH, 20, "StreakChanged", "practised", "streaks.v1", null,
                Map.of("day", day.toString()));
    }

    private static TimelineEntry frozen(String eventId, LocalDate day) {
        return new TimelineEntry(eventId, Instant.EPOCH, 19, "StreakFreezeUsed", "covered", "streaks.v1", null,
                Map.of("days", List.of(day.toString())));
    }
}
