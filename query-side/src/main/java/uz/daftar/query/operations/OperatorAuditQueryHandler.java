package uz.daftar.query.operations;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uz.daftar.projections.operations.OperatorAuditReader;
import uz.daftar.projections.operations.OperatorAuditRow;

import java.util.List;

@Component
class OperatorAuditQueryHandler {

    private final OperatorAuditReader audit;

    OperatorAuditQueryHandler(OperatorAuditReader audit) {
        this.audit = audit;
    }

    @QueryHandler
    OperatorAuditView handle(FindOperatorAuditQuery query) {
        List<OperatorAuditRow> rows = audit.page(query.filter(), query.before(), query.limit() + 1);
        List<OperatorAuditRow> page = rows.subList(0, Math.min(rows.size(), query.limit()));
        String next = rows.size() > query.limit() ? AuditCursor.of(page.get(page.size() - 1).key()) : null;
        return new OperatorAuditView(page.stream().map(row -> new OperatorAuditView.Entry(row.eventId(),
                row.occurredAt(), row.operatorId(), row.operatorRole(), row.action(), row.target(), row.reason(),
                row.outcome())).toList(), next);
    }
}
