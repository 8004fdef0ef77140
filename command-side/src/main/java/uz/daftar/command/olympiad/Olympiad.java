package uz.daftar.command.olympiad;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uz.daftar.command.CommandRejected;
import uz.daftar.command.StreamIds;
import uz.daftar.events.olympiad.OlympiadCancelled;
import uz.daftar.events.olympiad.OlympiadCreated;
import uz.daftar.events.olympiad.OlympiadPublished;
import uz.daftar.events.olympiad.OlympiadSchedule;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An olympiad's lifecycle (olympiad context): created by an admin, published, or cancelled before it starts.
 * Participants never load it: they read its terms from {@link OlympiadTerms}.
 * <p>
 * Invariants: an olympiad id is created once, with a schedule that holds together ({@link OlympiadRules});
 * it is published once, before its registration closes, and not after a cancellation; it is cancelled once, with
 * a reason, only before its start window opens.
 */
@Aggregate
public class Olympiad {

    @AggregateIdentifier
    private String streamId;
    private String olympiadId;
    private OlympiadSchedule schedule;
    private boolean published;
    private boolean cancelled;

    protected Olympiad() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(CreateOlympiadCommand command) {
        if (olympiadId != null) {
            throw CommandRejected.conflict("olympiad-exists", "Olympiad " + command.olympiadId()
                    + " already exists.");
        }
        OlympiadRules.requireSound(command);
        apply(new OlympiadCreated(command.olympiadId(), command.titles(), command.subject(), command.minAge(),
                command.maxAge(), command.questions(), command.schedule(), command.entryFee(), command.prizes(),
                command.adminId(), command.createdAt()));
    }

    @CommandHandler
    public void handle(PublishOlympiadCommand command) {
        if (cancelled) {
            throw CommandRejected.conflict("olympiad-cancelled", "Olympiad " + olympiadId + " was cancelled.");
        }
        if (published) {
            return;
        }
        if (!command.publishedAt().isBefore(schedule.registrationCloses())) {
            throw CommandRejected.conflict("registration-closed", "Olympiad " + olympiadId
                    + " can no longer be published: its registration closed at " + schedule.registrationCloses() + ".");
        }
        apply(new OlympiadPublished(olympiadId, command.adminId(), command.publishedAt()));
    }

    @CommandHandler
    public void handle(CancelOlympiadCommand command) {
        if (cancelled) {
            return;
        }
        Instant at = command.cancelledAt();
        if (!at.isBefore(schedule.startOpens())) {
            throw CommandRejected.conflict("olympiad-started", "Olympiad " + olympiadId + " opened at "
                    + schedule.startOpens() + " and can no longer be cancelled.");
        }
        apply(new OlympiadCancelled(olympiadId, command.reason(), command.adminId(), at));
    }

    @EventSourcingHandler
    void on(OlympiadCreated event) {
        streamId = StreamIds.olympiad(event.olympiadId());
        olympiadId = event.olympiadId();
        schedule = event.schedule();
    }

    @EventSourcingHandler
    void on(OlympiadPublished event) {
        published = true;
    }

    @EventSourcingHandler
    void on(OlympiadCancelled event) {
        cancelled = true;
    }
}
