package uz.daftar.query.olympiad;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uz.daftar.projections.olympiad.RosterGroup;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class StandingsDisplayTest {

    static final String OLYMPIAD = "olymp-1";
    static final Instant AT = Instant.parse("2025-09-10T05:20:00Z");

    private final Pseudonyms pseudonyms = new Pseudonyms(PseudonymsTest.KEY);
    private final StandingsDisplay display = new StandingsDisplay(pseudonyms);

    static StandingView place(int rank, String studentId) {
        return new StandingView(rank, studentId, 10 - rank, AT.plusSeconds(rank), null);
    }

    static StandingsView top(String... studentIds) {
        List<StandingView> places = new java.util.ArrayList<>();
        for (int i = 0; i < studentIds.length; i++) {
            places.add(place(i + 1, studentIds[i]));
        }
        return new StandingsView(OLYMPIAD, false, studentIds.length, places);
    }

    @Nested
    class Leaderboards {

        @Test
        void otherChildrenAppearOnlyUnderTheirPseudonym() {
            Leaderboard shown = display.leaderboard(top("stu-a", "stu-b"), 10, Viewer.of(Set.of()));

            assertThat(shown.entries()).extracting(LeaderboardEntry::studentId).containsOnlyNulls();
            assertThat(shown.entries()).extracting(LeaderboardEntry::player)
                    .containsExactly(pseudonyms.of(OLYMPIAD, "stu-a"), pseudonyms.of(OLYMPIAD, "stu-b"));
            assertThat(shown.toString()).doesNotContain("stu-a", "stu-b");
        }

        @Test
        void theCallerSeesTheirOwnPlaceByIdMarkedAsTheirs() {
            Leaderboard shown = display.leaderboard(top("stu-a", "stu-b"), 10, Viewer.of(Set.of("stu-b")));

            assertThat(shown.entries().get(1).studentId()).isEqualTo("stu-b");
            assertThat(shown.entries().get(1).mine()).isTrue();
            assertThat(shown.entries().get(0).studentId()).isNull();
            assertThat(shown.entries().get(0).mine()).isFalse();
        }

        @Test
        void showsAtMostTheLimit() {
            Leaderboard shown = display.leaderboard(top("stu-a", "stu-b", "stu-c"), 2, Viewer.of(Set.of()));

            assertThat(shown.entries()).extracting(LeaderboardEntry::rank).containsExactly(1, 2);
            assertThat(shown.ranked()).isEqualTo(3);
        }
    }

    @Nested
    class AStudentsPlace {

        StudentStandingView standing = new StudentStandingView(OLYMPIAD, "stu-b", "SUBMITTED", false, 3,
                place(2, "stu-b"), List.of(place(1, "stu-a")), List.of(place(3, "stu-c")));

        @Test
        void aPermittedReaderSeesTheStudentByIdButTheNeighboursByPseudonym() {
            StudentLeaderboard shown = display.student(standing, Viewer.of(Set.of()));

            assertThat(shown.entry().studentId()).isEqualTo("stu-b");
            assertThat(shown.entry().mine()).isFalse();
            assertThat(shown.above()).extracting(LeaderboardEntry::studentId).containsOnlyNulls();
            assertThat(shown.below()).extracting(LeaderboardEntry::studentId).containsOnlyNulls();
        }

        @Test
        void theStudentSeesTheirPlaceAsTheirs() {
            StudentLeaderboard shown = display.student(standing, Viewer.of(Set.of("stu-b")));

            assertThat(shown.entry().mine()).isTrue();
        }

        @Test
        void aStudentNotGradedYetHasNoPlace() {
            StudentStandingView registered = new StudentStandingView(OLYMPIAD, "stu-d", "REGISTERED", false, 3, null,
                    List.of(), List.of());

            assertThat(display.student(registered, Viewer.of(Set.of("stu-d"))).entry()).isNull();
        }
    }

    @Nested
    class Groups {

        GroupStandingsView classA = new GroupStandingsView(OLYMPIAD, RosterGroup.CLASS, "class-a", false, 2, List.of(
                new GroupStandingsView.Entry(1, place(2, "stu-b")), new GroupStandingsView.Entry(2, place(5, "stu-e"))));

        @Test
        void theTeacherOfTheClassSeesItsStudentsById() {
            GroupLeaderboard shown = display.group(classA, Viewer.of(Set.of()), true);

            assertThat(shown.entries()).extracting(entry -> entry.standing().studentId())
                    .containsExactly("stu-b", "stu-e");
            assertThat(shown.entries()).extracting(GroupLeaderboard.Entry::groupRank).containsExactly(1, 2);
            assertThat(shown.entries()).extracting(entry -> entry.standing().rank()).containsExactly(2, 5);
        }

        @Test
        void othersSeeTheGroupByPseudonym() {
            GroupLeaderboard shown = display.group(classA, Viewer.of(Set.of()), false);

            assertThat(shown.entries()).extracting(entry -> entry.standing().studentId()).containsOnlyNulls();
            assertThat(shown.group()).isEqualTo("CLASS");
        }
    }
}
