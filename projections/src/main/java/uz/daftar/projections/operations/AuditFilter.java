package uz.daftar.projections.operations;

import java.time.Instant;

/**
 * Which audit lines to read; every part is optional (null).
 *
 * @param targetPrefix lines whose target starts with it ({@code guardianship} finds every sequence of that processor)
 * @param from         at or after
 * @param to           before
 */
public record AuditFilter(String operatorId, String action, String targetPrefix, Instant from, Instant to) {
}
