package uz.daftar.command.olympiad;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uz.daftar.events.olympiad.RankedEntry;
import uz.daftar.events.olympiad.StandingsFrozen;
import uz.daftar.events.olympiad.StandingsPageFrozen;

import java.time.Instant;
import java.util.List;

import static uz.daftar.command.olympiad.OlympiadTestEvents.FINAL_DEADLINE;
import static uz.daftar.command.olympiad.OlympiadTestEvents.OLYMPIAD;
import static uz.daftar.command.olympiad.OlympiadTestEvents.PRIZES;

class FinalStandingsTest {

    private static final Instant EARLY = Instant.parse("2025-09-10T05:10:00Z");
    private static final Instant LATE = Instant.parse("2025-09-10T05:40:00Z");

    private FixtureConfiguration<FinalStandings> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FinalStandings.class);
    }

    @Test
    void theFreezeRecordsTheWholeRankingWithItsTieBreaksAndPrizes() {
        List<StandingsRule.Graded> graded = List.of(new StandingsRule.Graded("stu-c", 5, EARLY),
                new StandingsRule.Graded("stu-b", 8, LATE), new StandingsRule.Graded("stu-a", 5, EARLY),
                new StandingsRule.Graded("stu-d", 5, LATE));
        List<RankedEntry> ranked = List.of(new RankedEntry(1, "stu-b", 8, LATE, 100),
                new RankedEntry(2, "stu-a", 5, EARLY, 30), new RankedEntry(3, "stu-c", 5, EARLY, 30),
                new RankedEntry(4, "stu-d", 5, LATE, 0));

        fixture.givenNoPriorActivity()
               .when(new FreezeStandingsCommand(OLYMPIAD, graded, PRIZES, FINAL_DEADLINE))
               .expectEvents(new StandingsFrozen(OLYMPIAD, 4, 1, StandingsRule.RANKING_V1, StandingsRule.PRIZES_V1,
                               StandingsRule.digest(ranked), FINAL_DEADLINE),
                       new StandingsPageFrozen(OLYMPIAD, 1, ranked, StandingsRule.PRIZES_V1, FINAL_DEADLINE));
    }

    @Test
    void standingsAreFrozenOnce() {
        fixture.given(new StandingsFrozen(OLYMPIAD, 0, 0, StandingsRule.RANKING_V1, StandingsRule.PRIZES_V1,
                       StandingsRule.digest(List.of()), FINAL_DEADLINE))
               .when(new FreezeStandingsCommand(OLYMPIAD, List.of(new StandingsRule.Graded("stu-a", 5, EARLY)),
                       PRIZES, FINAL_DEADLINE))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void anOlympiadWithoutSubmissionsFreezesEmpty() {
        fixture.givenNoPriorActivity()
               .when(new FreezeStandingsCommand(OLYMPIAD, List.of(), PRIZES, FINAL_DEADLINE))
               .expectEvents(new StandingsFrozen(OLYMPIAD, 0, 0, StandingsRule.RANKING_V1, StandingsRule.PRIZES_V1,
                       StandingsRule.digest(List.of()), FINAL_DEADLINE));
    }
}
