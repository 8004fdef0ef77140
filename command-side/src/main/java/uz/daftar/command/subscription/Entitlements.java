package uz.daftar.command.subscription;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uz.daftar.events.subscription.EntitlementExpired;
import uz.daftar.events.subscription.EntitlementGranted;
import uz.daftar.events.subscription.EntitlementRefunded;
import uz.daftar.events.subscription.EntitlementRenewed;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The command side's answer to "does this student have an active entitlement for this product at this time",
 * for other contexts that must not load a {@link Subscription}. Kept in the {@code entitlement} table by a
 * subscribing processor, in the same transaction as the append that changes it.
 * <p>
 * An entitlement is active at {@code at} iff {@code validFrom <= at < validUntil} and it had not ended (been
 * refunded) by {@code at}. Renewals only extend a running entitlement, so the answer for a past time stays right.
 */
@Component
@ProcessingGroup(Entitlements.PROCESSING_GROUP)
public class Entitlements implements ActiveEntitlements {

    public static final String PROCESSING_GROUP = "entitlements";

    private final JdbcTemplate jdbc;

    Entitlements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isActive(String studentId, String product, Instant at) {
        Timestamp time = Timestamp.from(at);
        return !jdbc.queryForList("SELECT 1 FROM entitlement WHERE student_id = ? AND product = ? "
                        + "AND valid_from <= ? AND ? < valid_until AND (ended_at IS NULL OR ? < ended_at) LIMIT 1",
                Integer.class, studentId, product, time, time, time).isEmpty();
    }

    /** Entitlements whose {@code validUntil} is at or before {@code at} and whose end is not yet recorded. */
    public List<Due> dueForExpiry(Instant at, int limit) {
        return jdbc.query("SELECT student_id, entitlement_id FROM entitlement WHERE ended_at IS NULL "
                        + "AND valid_until <= ? ORDER BY valid_until LIMIT ?",
                (rs, row) -> new Due(rs.getString("student_id"), rs.getString("entitlement_id")),
                Timestamp.from(at), limit);
    }

    @EventHandler
    void on(EntitlementGranted event) {
        jdbc.update("INSERT INTO entitlement (student_id, entitlement_id, product, valid_from, valid_until) "
                        + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", event.studentId(), event.entitlementId(),
                event.product(), Timestamp.from(event.validFrom()), Timestamp.from(event.validUntil()));
    }

    @EventHandler
    void on(EntitlementRenewed event) {
        jdbc.update("UPDATE entitlement SET valid_until = ? WHERE student_id = ? AND entitlement_id = ?",
                Timestamp.from(event.validUntil()), event.studentId(), event.entitlementId());
    }

    @EventHandler
    void on(EntitlementExpired event) {
        end(event.studentId(), event.entitlementId(), event.expiredAt());
    }

    @EventHandler
    void on(EntitlementRefunded event) {
        end(event.studentId(), event.entitlementId(), event.refundedAt());
    }

    private void end(String studentId, String entitlementId, Instant endedAt) {
        jdbc.update("UPDATE entitlement SET ended_at = ? WHERE student_id = ? AND entitlement_id = ? "
                + "AND ended_at IS NULL", Timestamp.from(endedAt), studentId, entitlementId);
    }

    /** An entitlement that has run out but whose expiry is not yet recorded. */
    public record Due(String studentId, String entitlementId) {
    }
}
