package uz.daftar.query.asof;

import java.time.Instant;

/**
 * A student's progress as it stood at {@code at}: every event recorded up to and including that instant, none
 * after. {@code scope} chooses the leaderboards ranked on ({@code global}, {@code region:..}, {@code centre:..},
 * {@code class:..}); {@code ledgerLimit} the newest ledger entries shown.
 */
public record FindStudentAsOfQuery(String studentId, Instant at, String scope, int ledgerLimit) {
}
