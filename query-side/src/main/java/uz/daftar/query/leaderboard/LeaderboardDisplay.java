package uz.daftar.query.leaderboard;

import org.springframework.stereotype.Component;
import uz.daftar.projections.leaderboard.Board;
import uz.daftar.projections.leaderboard.Place;
import uz.daftar.projections.leaderboard.Standing;
import uz.daftar.query.olympiad.Pseudonyms;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How children appear on leaderboards: by a pseudonym that is stable for the kind of board (metric and scope, so
 * the same child is the same player every day but cannot be linked across boards), by name only to the members of
 * their own class on the class's board, by id only to their own family and the class's teacher.
 */
@Component
public class LeaderboardDisplay {

    private final Pseudonyms pseudonyms;

    LeaderboardDisplay(Pseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    /**
     * {@code mine}: the caller or their children. {@code names}: names the caller may see (their own class's
     * members on its board). {@code seesIds}: the caller sees every student's id (the class's teacher, admins).
     */
    public record Audience(Set<String> mine, Map<String, String> names, boolean seesIds) {
    }

    public LeaderboardView board(BoardPage page, Audience audience) {
        Board board = Board.parse(page.board());
        return new LeaderboardView(page.board(), board.metric(), board.scope(), board.period(), page.ranked(),
                entries(board, page.places(), audience));
    }

    public StudentRankView rank(Standing standing, Audience audience) {
        Board board = Board.parse(standing.board());
        boolean listed = standing.entry() == null || standing.entry().listed();
        return new StudentRankView(standing.board(), standing.studentId(), listed,
                standing.entry() == null ? null : standing.entry().value(),
                standing.entry() == null ? null : standing.entry().reachedAt(),
                standing.place() == null ? null : standing.place().rank(), standing.ranked(),
                entries(board, standing.above(), audience), entries(board, standing.below(), audience));
    }

    private List<LeaderboardEntryView> entries(Board board, List<Place> places, Audience audience) {
        return places.stream().map(place -> entry(board, place, audience)).toList();
    }

    private LeaderboardEntryView entry(Board board, Place place, Audience audience) {
        String studentId = place.studentId();
        boolean mine = audience.mine().contains(studentId);
        String name = audience.names().get(studentId);
        String player = name != null ? name : pseudonyms.of("leaderboard " + board.metric() + "/" + board.scope(),
                studentId);
        return new LeaderboardEntryView(place.rank(), player, mine || audience.seesIds() ? studentId : null, mine,
                place.value(), place.reachedAt());
    }
}
