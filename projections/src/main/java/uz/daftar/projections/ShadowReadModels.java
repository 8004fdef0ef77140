package uz.daftar.projections;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uz.daftar.projections.coins.LedgerProjection;
import uz.daftar.projections.dashboard.StudentDashboardProjection;
import uz.daftar.projections.practice.MasteryProjection;
import uz.daftar.projections.progress.BadgeProjection;

import java.util.List;
import java.util.function.Supplier;

/**
 * Read models as a given set of events makes them, built by the real projections and read by the real readers: on
 * one connection, in a transaction of its own that is always rolled back, each table of {@link #REPLAYED} is shadowed
 * by an empty temporary table of the same name and shape (the temporary schema comes first on the search path, so
 * the projections' and readers' unqualified SQL lands on the copies); the events are handed to the projections, then
 * {@code reading} runs. Nothing outside the transaction sees the copies, and the rollback drops them. Used for a
 * student's progress as of a moment (docs/decisions/0014-as-of.md).
 */
@Component
public class ShadowReadModels {

    /** The read models made of one student's own events only: every handler keys by the event's student. */
    static final List<ReadModels> REPLAYED = List.of(ReadModels.STUDENT_DASHBOARD, ReadModels.COIN_LEDGER,
            ReadModels.BADGES, ReadModels.MASTERY);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final List<AnnotationEventHandlerAdapter> projections;

    ShadowReadModels(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                     StudentDashboardProjection dashboard, LedgerProjection ledger, BadgeProjection badges,
                     MasteryProjection mastery) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        // a transaction of its own, whatever the caller runs in: it is always rolled back
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.projections = List.of(new AnnotationEventHandlerAdapter(dashboard),
                new AnnotationEventHandlerAdapter(ledger), new AnnotationEventHandlerAdapter(badges),
                new AnnotationEventHandlerAdapter(mastery));
    }

    /** What {@code reading} reads from the read models of {@link #REPLAYED} made of {@code history} alone. */
    public <T> T madeOf(List<? extends EventMessage<?>> history, Supplier<T> reading) {
        return transactions.execute(status -> {
            status.setRollbackOnly();
            for (ReadModels model : REPLAYED) {
                for (String table : model.tables()) {
                    jdbc.execute("CREATE TEMPORARY TABLE " + table + " (LIKE public." + table
                            + " INCLUDING ALL) ON COMMIT DROP");
                }
            }
            // statements this pooled connection prepared before still point at the public tables: plan them again
            jdbc.execute("DISCARD PLANS");
            for (EventMessage<?> event : history) {
                for (AnnotationEventHandlerAdapter projection : projections) {
                    handle(projection, event);
                }
            }
            return reading.get();
        });
    }

    private static void handle(AnnotationEventHandlerAdapter projection, EventMessage<?> event) {
        if (!projection.canHandle(event)) {
            return;
        }
        try {
            projection.handle(event);
        } catch (Exception e) {
            throw new IllegalStateException("Replaying event " + event.getIdentifier() + " into shadow tables failed",
                    e);
        }
    }
}
