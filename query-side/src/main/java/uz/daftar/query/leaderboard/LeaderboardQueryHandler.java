package uz.daftar.query.leaderboard;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uz.daftar.projections.leaderboard.LeaderboardReader;
import uz.daftar.projections.leaderboard.Standing;

@Component
class LeaderboardQueryHandler {

    private final LeaderboardReader boards;

    LeaderboardQueryHandler(LeaderboardReader boards) {
        this.boards = boards;
    }

    @QueryHandler
    BoardPage handle(FindBoardQuery query) {
        return new BoardPage(query.board(), boards.ranked(query.board()), boards.top(query.board(), query.limit()));
    }

    @QueryHandler
    Standing handle(FindRankQuery query) {
        return boards.standing(query.board(), query.studentId(), query.neighbours());
    }
}
