package uz.daftar.command.subscription;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uz.daftar.command.CommandRejected;
import uz.daftar.command.StreamIds;
import uz.daftar.events.subscription.EntitlementExpired;
import uz.daftar.events.subscription.EntitlementGranted;
import uz.daftar.events.subscription.EntitlementRefunded;
import uz.daftar.events.subscription.EntitlementRenewed;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A student's subscription (subscription context): every entitlement granted to the student, for any product.
 * Other contexts do not load it; they ask {@link Entitlements}.
 * <p>
 * Invariants: an entitlement's period is never empty ({@code validFrom < validUntil}); an entitlement id is granted
 * once (a repeat changes nothing, whatever its terms); a renewal only moves {@code validUntil} later; an entitlement
 * ends once, by expiry or by refund, and an ended one is neither renewed nor refunded. An entitlement whose
 * {@code validUntil} has passed counts as ended even before its expiry is recorded, so a late renewal cannot
 * revive it (the platform grants a new one), and its expiry is recorded as of its {@code validUntil}.
 */
@Aggregate
public class Subscription {

    @AggregateIdentifier
    private String streamId;
    private String studentId;
    private final Map<String, Term> entitlements = new HashMap<>();

    protected Subscription() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(GrantEntitlementCommand command) {
        if (entitlements.containsKey(command.entitlementId())) {
            return;
        }
        if (!command.validUntil().isAfter(command.validFrom())) {
            throw CommandRejected.unprocessable("empty-period", "validUntil " + command.validUntil()
                    + " is not after validFrom " + command.validFrom() + ".");
        }
        apply(new EntitlementGranted(command.studentId(), command.entitlementId(), command.product(),
                command.validFrom(), command.validUntil(), command.source(), command.grantedAt()));
    }

    @CommandHandler
    public void handle(RenewEntitlementCommand command) {
        Term term = running(command.entitlementId(), command.renewedAt());
        if (!command.validUntil().isAfter(term.validUntil())) {
            throw CommandRejected.unprocessable("renewal-not-later", "Entitlement " + command.entitlementId()
                    + " already lasts until " + term.validUntil() + "; a renewal must end later than that.");
        }
        apply(new EntitlementRenewed(studentId, command.entitlementId(), command.validUntil(), command.renewedAt(),
                command.paymentReference()));
    }

    @CommandHandler
    public void handle(ExpireEntitlementCommand command) {
        Term term = entitlements.get(command.entitlementId());
        if (term == null || term.ended() || command.now().isBefore(term.validUntil())) {
            return;
        }
        apply(new EntitlementExpired(studentId, command.entitlementId(), term.validUntil()));
    }

    @CommandHandler
    public void handle(RefundEntitlementCommand command) {
        running(command.entitlementId(), command.refundedAt());
        apply(new EntitlementRefunded(studentId, command.entitlementId(), command.reason(), command.refundedAt()));
    }

    private Term running(String entitlementId, Instant at) {
        Term term = entitlements.get(entitlementId);
        if (term == null) {
            throw CommandRejected.notFound("unknown-entitlement", "No entitlement " + entitlementId
                    + " in the subscription of " + studentId + ".");
        }
        if (term.ended() || !at.isBefore(term.validUntil())) {
            throw CommandRejected.conflict("entitlement-ended", "Entitlement " + entitlementId
                    + (term.ended() ? " has already ended." : " ran out at " + term.validUntil() + "."));
        }
        return term;
    }

    @EventSourcingHandler
    void on(EntitlementGranted event) {
        streamId = StreamIds.subscription(event.studentId());
        studentId = event.studentId();
        entitlements.put(event.entitlementId(), new Term(event.validUntil(), false));
    }

    @EventSourcingHandler
    void on(EntitlementRenewed event) {
        entitlements.computeIfPresent(event.entitlementId(), (id, term) -> new Term(event.validUntil(), false));
    }

    @EventSourcingHandler
    void on(EntitlementExpired event) {
        entitlements.computeIfPresent(event.entitlementId(), (id, term) -> term.end());
    }

    @EventSourcingHandler
    void on(EntitlementRefunded event) {
        entitlements.computeIfPresent(event.entitlementId(), (id, term) -> term.end());
    }

    private record Term(Instant validUntil, boolean ended) {
        Term end() {
            return new Term(validUntil, true);
        }
    }
}
