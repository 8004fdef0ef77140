package uz.daftar.query.leaderboard;

import org.junit.jupiter.api.Test;
import uz.daftar.projections.leaderboard.Entry;
import uz.daftar.projections.leaderboard.Place;
import uz.daftar.projections.leaderboard.Standing;
import uz.daftar.query.leaderboard.LeaderboardDisplay.Audience;
import uz.daftar.query.olympiad.Pseudonyms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LeaderboardDisplayTest {

    private static final Instant T = Instant.parse("2026-11-23T06:00:00Z");
    private final LeaderboardDisplay display = new LeaderboardDisplay(
            new Pseudonyms(Base64.getEncoder().encodeToString(new byte[32])));
    private final Audience stranger = new Audience(Set.of(), Map.of(), false);

    @Test
    void strangersSeePseudonymsAndNoIds() {
        LeaderboardView view = display.board(page("xp/global/week:2026-W48", "stu-a", "stu-b"), stranger);

        assertThat(view.entries()).allSatisfy(entry -> {
            assertThat(entry.player()).startsWith("Player ");
            assertThat(entry.studentId()).isNull();
            assertThat(entry.mine()).isFalse();
        });
        assertThat(view.metric()).isEqualTo("xp");
        assertThat(view.scope()).isEqualTo("global");
        assertThat(view.period()).isEqualTo("week:2026-W48");
    }

    @Test
    void aPseudonymStaysTheSameAcrossPeriodsButDiffersAcrossScopesAndMetrics() {
        String thisWeek = player("xp/global/week:2026-W48");

        assertThat(player("xp/global/day:2026-11-23")).isEqualTo(thisWeek);
        assertThat(player("xp/region:UZ-TK/week:2026-W48")).isNotEqualTo(thisWeek);
        assertThat(player("game:TETRIS/global/week:2026-W48")).isNotEqualTo(thisWeek);
    }

    @Test
    void membersOfTheClassSeeNamesAndTheFamilySeesItsOwnChildById() {
        Audience classmateFamily = new Audience(Set.of("stu-b"), Map.of("stu-a", "Aziza", "stu-b", "Bobur"), false);

        LeaderboardView view = display.board(page("xp/class:cls-1/all", "stu-a", "stu-b"), classmateFamily);

        assertThat(view.entries()).extracting(LeaderboardEntryView::player).containsExactly("Aziza", "Bobur");
        assertThat(view.entries()).extracting(LeaderboardEntryView::studentId).containsExactly(null, "stu-b");
        assertThat(view.entries()).extracting(LeaderboardEntryView::mine).containsExactly(false, true);
    }

    @Test
    void anUnlistedStudentSeesWhatTheyEarnedButNoRankAndNoNeighbours() {
        Standing unlisted = new Standing("xp/global/all", "stu-a", new Entry(35, T, false), null, List.of(),
                List.of(), 2);

        StudentRankView view = display.rank(unlisted, new Audience(Set.of("stu-a"), Map.of(), false));

        assertThat(view.listed()).isFalse();
        assertThat(view.value()).isEqualTo(35);
        assertThat(view.rank()).isNull();
        assertThat(view.above()).isEmpty();
    }

    private String player(String board) {
        return display.board(page(board, "stu-a"), stranger).entries().get(0).player();
    }

    private static BoardPage page(String board, String... students) {
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < students.length; i++) {
            places.add(new Place(i + 1, students[i], 100 - i, T));
        }
        return new BoardPage(board, students.length, places);
    }
}
