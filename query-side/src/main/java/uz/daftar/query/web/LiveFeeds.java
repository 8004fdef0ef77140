package uz.daftar.query.web;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uz.daftar.projections.ReadModels;
import uz.daftar.query.dashboard.FindStudentDashboardQuery;
import uz.daftar.query.dashboard.StudentDashboardView;
import uz.daftar.query.leaderboard.BoardPage;
import uz.daftar.query.leaderboard.FindBoardQuery;
import uz.daftar.query.olympiad.FindStandingsQuery;
import uz.daftar.query.olympiad.StandingsView;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The feeds the app streams live, each read through the query bus like the answer to a single request. */
@Component
class LiveFeeds {

    /** The dashboard view is made of these read models. */
    static final List<ReadModels> DASHBOARD = List.of(ReadModels.STUDENT_DASHBOARD, ReadModels.BADGES,
            ReadModels.MASTERY);

    private record Feed<R>(Object key, List<ReadModels> readModels, Supplier<R> reader) implements LiveFeed<R> {

        @Override
        public R read() {
            return reader.get();
        }
    }

    private final QueryGateway queries;

    LiveFeeds(QueryGateway queries) {
        this.queries = queries;
    }

    LiveFeed<StandingsView> standings(String olympiadId, int limit) {
        return new Feed<>(List.of("standings", olympiadId, limit), List.of(ReadModels.OLYMPIAD_STANDINGS),
                () -> queries.query(new FindStandingsQuery(olympiadId, limit),
                        ResponseTypes.instanceOf(StandingsView.class)).join());
    }

    LiveFeed<BoardPage> leaderboard(String board, int limit) {
        return new Feed<>(List.of("leaderboard", board, limit), List.of(ReadModels.LEADERBOARDS),
                () -> queries.query(new FindBoardQuery(board, limit), ResponseTypes.instanceOf(BoardPage.class))
                        .join());
    }

    /** Empty until the student is registered. */
    LiveFeed<Optional<StudentDashboardView>> dashboard(String studentId) {
        return new Feed<>(List.of("dashboard", studentId), DASHBOARD,
                () -> queries.query(new FindStudentDashboardQuery(studentId),
                        ResponseTypes.optionalInstanceOf(StudentDashboardView.class)).join());
    }
}
