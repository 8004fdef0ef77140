package uz.daftar.query.asof;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uz.daftar.platform.trust.StudentEvents;
import uz.daftar.projections.ReadModels;
import uz.daftar.projections.coins.LedgerProjection;
import uz.daftar.projections.dashboard.StudentDashboardProjection;
import uz.daftar.projections.practice.MasteryProjection;
import uz.daftar.projections.progress.BadgeProjection;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * One student's read models as they stood at a moment, built by the real projections and read by the real
 * readers: on one connection, in a transaction that is always rolled back, each table of {@link #REPLAYED} is
 * shadowed by an empty temporary table of the same name and shape (the temporary schema comes first on the search
 * path, so the projections' and readers' unqualified SQL lands on the copies); the student's events recorded up to
 * the moment are handed to the projections, then {@code reading} runs. Nothing outside the transaction sees the
 * copies, and the rollback drops them. See docs/decisions/0011-as-of.md.
 */
@Component
@ConditionalOnProperty(name = "daftar.trust.enabled", havingValue = "true")
class ShadowReadModels {

    /** The read models made of the student's own events only. */
    static final List<ReadModels> REPLAYED = List.of(ReadModels.STUDENT_DASHBOARD, ReadModels.COIN_LEDGER,
            ReadModels.BADGES, ReadModels.MASTERY);

    private final StudentEvents events;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final List<AnnotationEventHandlerAdapter> projections;

    ShadowReadModels(StudentEvents events, JdbcTemplate jdbc, PlatformTransactionManager transactions,
                     StudentDashboardProjection dashboard, LedgerProjection ledger, BadgeProjection badges,
                     MasteryProjection mastery) {
        this.events = events;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        // a transaction of its own, whatever the caller runs in: it is always rolled back
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.projections = List.of(new AnnotationEventHandlerAdapter(dashboard),
                new AnnotationEventHandlerAdapter(ledger), new AnnotationEventHandlerAdapter(badges),
                new AnnotationEventHandlerAdapter(mastery));
    }

    /** What {@code reading} reads from the student's read models as they stood at {@code at}. */
    <T> T asOf(String studentId, Instant at, Supplier<T> reading) {
        List<DomainEventMessage<?>> history = events.recordedUpTo(studentId, at);
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
            for (DomainEventMessage<?> event : history) {
                for (AnnotationEventHandlerAdapter projection : projections) {
                    handle(projection, event);
                }
            }
            return reading.get();
        });
    }

    private static void handle(AnnotationEventHandlerAdapter projection, DomainEventMessage<?> event) {
        if (!projection.canHandle(event)) {
            return;
        }
        try {
            projection.handle(event);
        } catch (Exception e) {
            throw new IllegalStateException("Replaying event " + event.getIdentifier() + " as of a moment failed", e);
        }
    }
}
