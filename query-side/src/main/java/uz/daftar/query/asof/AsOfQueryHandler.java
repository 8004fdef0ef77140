package uz.daftar.query.asof;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import uz.daftar.platform.trust.StudentEvents;
import uz.daftar.projections.ShadowReadModels;
import uz.daftar.projections.leaderboard.Board;
import uz.daftar.projections.leaderboard.LeaderboardReader;
import uz.daftar.projections.leaderboard.Periods;
import uz.daftar.projections.leaderboard.Standing;
import uz.daftar.query.coins.LedgerQueryHandler;
import uz.daftar.query.coins.LedgerView;
import uz.daftar.query.dashboard.DashboardQueryHandler;
import uz.daftar.query.dashboard.StudentDashboardView;

import java.util.List;
import java.util.Optional;

/**
 * Answers "as of" with the live views' own code: the dashboard and the ledger from {@link ShadowReadModels} over the
 * student's events recorded up to the moment ({@link StudentEvents}), the places from the leaderboards' entry
 * history ({@link LeaderboardReader#standingAt}). Empty when the student was not registered at that moment.
 */
@Component
@ConditionalOnProperty(name = "daftar.trust.enabled", havingValue = "true")
class AsOfQueryHandler {

    private final StudentEvents events;
    private final ShadowReadModels shadow;
    private final DashboardQueryHandler dashboards;
    private final LedgerQueryHandler ledgers;
    private final LeaderboardReader boards;

    AsOfQueryHandler(StudentEvents events, ShadowReadModels shadow, DashboardQueryHandler dashboards, LedgerQueryHandler ledgers,
                     LeaderboardReader boards) {
        this.events = events;
        this.shadow = shadow;
        this.dashboards = dashboards;
        this.ledgers = ledgers;
        this.boards = boards;
    }

    private record Replayed(StudentDashboardView dashboard, LedgerView ledger) {
    }

    @QueryHandler
    Optional<StudentAsOf> handle(FindStudentAsOfQuery query) {
        String studentId = query.studentId();
        Optional<Replayed> replayed = shadow.madeOf(events.recordedUpTo(studentId, query.at()), () -> dashboards
                .dashboardAt(studentId, query.at())
                .map(dashboard -> new Replayed(dashboard, ledgers.ledgerOf(studentId, query.ledgerLimit())
                        .orElseThrow())));
        return replayed.map(found -> new StudentAsOf(query.at(), found.dashboard(), found.ledger(),
                standings(studentId, query)));
    }

    private List<Standing> standings(String studentId, FindStudentAsOfQuery query) {
        return Periods.of(query.at()).stream()
                .map(period -> new Board(Board.XP, query.scope(), period.key()).key())
                .map(board -> boards.standingAt(board, studentId, query.at()))
                .toList();
    }
}
