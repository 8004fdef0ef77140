package uz.daftar.command.olympiad;

import org.junit.jupiter.api.Test;
import uz.daftar.events.olympiad.PrizeBand;
import uz.daftar.events.olympiad.RankedEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class StandingsRuleTest {

    private static final Instant T0 = Instant.parse("2025-09-10T05:00:00Z");

    @Test
    void theSameSubmissionsInAnyOrderRankTheSame() {
        List<StandingsRule.Graded> graded = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            graded.add(new StandingsRule.Graded("stu-%03d".formatted(i), random.nextInt(5),
                    T0.plusSeconds(random.nextInt(4))));
        }
        List<RankedEntry> first = StandingsRule.rank(graded, List.of());
        Collections.shuffle(graded, random);

        assertThat(StandingsRule.rank(graded, List.of())).isEqualTo(first);
        assertThat(first).extracting(RankedEntry::rank).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 500).boxed().toList());
    }

    @Test
    void aHigherScoreThenAnEarlierSubmissionThenASmallerIdRanksFirst() {
        List<RankedEntry> ranked = StandingsRule.rank(List.of(new StandingsRule.Graded("stu-b", 5, T0),
                new StandingsRule.Graded("stu-a", 5, T0), new StandingsRule.Graded("stu-c", 5, T0.minusSeconds(1)),
                new StandingsRule.Graded("stu-z", 6, T0.plusSeconds(99))), List.of());

        assertThat(ranked).extracting(RankedEntry::studentId).containsExactly("stu-z", "stu-c", "stu-a", "stu-b");
    }

    @Test
    void prizesFollowTheBandOfTheRankAndNothingOutsideTheBands() {
        List<PrizeBand> bands = List.of(new PrizeBand(1, 1, 100), new PrizeBand(2, 3, 30), new PrizeBand(5, 5, 1));

        assertThat(StandingsRule.prize(1, bands)).isEqualTo(100);
        assertThat(StandingsRule.prize(3, bands)).isEqualTo(30);
        assertThat(StandingsRule.prize(4, bands)).isZero();
        assertThat(StandingsRule.prize(5, bands)).isEqualTo(1);
        assertThat(StandingsRule.prize(6, bands)).isZero();
    }

    @Test
    void aHundredThousandParticipantsFreezeInPagesOfAThousandConsecutiveRanks() {
        List<StandingsRule.Graded> graded = new ArrayList<>();
        for (int i = 0; i < 100_500; i++) {
            graded.add(new StandingsRule.Graded("stu-" + i, i % 50, T0.plusMillis(i)));
        }

        List<List<RankedEntry>> pages = StandingsRule.pages(StandingsRule.rank(graded, List.of()));

        assertThat(pages).hasSize(101);
        assertThat(pages.get(0)).hasSize(1000);
        assertThat(pages.get(100)).hasSize(500).first().extracting(RankedEntry::rank).isEqualTo(100_001);
    }

    @Test
    void theDigestChangesWithAnyEntryAndItsOrder() {
        RankedEntry a = new RankedEntry(1, "stu-a", 5, T0, 100);
        RankedEntry b = new RankedEntry(2, "stu-b", 4, T0, 30);

        String digest = StandingsRule.digest(List.of(a, b));

        assertThat(digest).hasSize(64).isEqualTo(StandingsRule.digest(List.of(a, b)));
        assertThat(StandingsRule.digest(List.of(b, a))).isNotEqualTo(digest);
        assertThat(StandingsRule.digest(List.of(a, new RankedEntry(2, "stu-b", 4, T0, 31)))).isNotEqualTo(digest);
    }
}
