package uz.daftar.query.coins;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uz.daftar.projections.coins.LedgerEntryRow;
import uz.daftar.projections.coins.LedgerReader;
import uz.daftar.projections.dashboard.DashboardReader;
import uz.daftar.projections.dashboard.StudentDashboardRow;

import java.util.Optional;

@Component
public class LedgerQueryHandler {

    private final LedgerReader ledger;
    private final DashboardReader dashboards;

    LedgerQueryHandler(LedgerReader ledger, DashboardReader dashboards) {
        this.ledger = ledger;
        this.dashboards = dashboards;
    }

    @QueryHandler
    Optional<LedgerView> handle(FindLedgerQuery query) {
        return ledgerOf(query.studentId(), query.limit());
    }

    /** The student's ledger, the newest {@code limit} entries; none for a student not registered. */
    public Optional<LedgerView> ledgerOf(String studentId, int limit) {
        return dashboards.find(studentId).map(dashboard -> view(dashboard, limit));
    }

    private LedgerView view(StudentDashboardRow dashboard, int limit) {
        return new LedgerView(dashboard.studentId(), ledger.walletBalance(dashboard.studentId()),
                ledger.held(dashboard.studentId()),
                ledger.entries(dashboard.studentId(), limit).stream().map(LedgerView.Entry::of).toList());
    }
}
