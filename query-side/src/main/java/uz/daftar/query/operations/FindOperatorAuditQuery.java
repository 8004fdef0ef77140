package uz.daftar.query.operations;

import uz.daftar.projections.operations.AuditFilter;
import uz.daftar.projections.operations.AuditKey;

/** The operator audit, newest first: {@code limit} lines matching the filter after the {@code before} place. */
public record FindOperatorAuditQuery(AuditFilter filter, AuditKey before, int limit) {
}
