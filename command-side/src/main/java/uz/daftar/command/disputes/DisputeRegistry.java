package uz.daftar.command.disputes;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uz.daftar.events.disputes.DisputeOpened;
import uz.daftar.events.disputes.DisputeRejected;
import uz.daftar.events.disputes.DisputeUpheld;

/**
 * The command side's set of disputes, for one open dispute per disputed thing (a ledger entry, or a learning event
 * that should have paid). Updated by a subscribing processor in the same transaction as the append: two requests
 * racing to open a second dispute on one entry meet the unique index, and the later one rolls back.
 */
@Component
@ProcessingGroup(DisputeRegistry.PROCESSING_GROUP)
public class DisputeRegistry {

    public static final String PROCESSING_GROUP = "dispute-registry";

    private final JdbcTemplate jdbc;

    DisputeRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String disputeId) {
        return !jdbc.queryForList("SELECT 1 FROM dispute_registry WHERE dispute_id = ?", Integer.class, disputeId)
                .isEmpty();
    }

    /** The open dispute about this thing of the student, if any. */
    public boolean openAbout(String studentId, String disputed) {
        return !jdbc.queryForList("SELECT 1 FROM dispute_registry WHERE student_id = ? AND disputed = ? AND open",
                Integer.class, studentId, disputed).isEmpty();
    }

    /** The student of a dispute and the ledger entry it disputes (null for a missing award), if it exists. */
    public java.util.Optional<Case> find(String disputeId) {
        return jdbc.query("SELECT student_id, disputed FROM dispute_registry WHERE dispute_id = ?",
                (rs, row) -> {
                    String disputed = rs.getString("disputed");
                    return new Case(rs.getString("student_id"),
                            disputed.startsWith("entry:") ? disputed.substring("entry:".length()) : null);
                }, disputeId).stream().findFirst();
    }

    public record Case(String studentId, String ledgerEntryId) {
    }

    public static String disputed(String ledgerEntryId, String sourceEventId) {
        return ledgerEntryId != null ? "entry:" + ledgerEntryId : "event:" + sourceEventId;
    }

    @EventHandler
    void on(DisputeOpened event) {
        jdbc.update("INSERT INTO dispute_registry (dispute_id, student_id, disputed, open) VALUES (?, ?, ?, TRUE)",
                event.disputeId(), event.studentId(), disputed(event.ledgerEntryId(), event.sourceEventId()));
    }

    @EventHandler
    void on(DisputeUpheld event) {
        close(event.disputeId());
    }

    @EventHandler
    void on(DisputeRejected event) {
        close(event.disputeId());
    }

    private void close(String disputeId) {
        jdbc.update("UPDATE dispute_registry SET open = FALSE WHERE dispute_id = ?", disputeId);
    }
}
