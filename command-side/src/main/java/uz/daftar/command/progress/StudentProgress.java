package uz.daftar.command.progress;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uz.daftar.command.StreamIds;
import uz.daftar.events.progress.XpAwarded;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A student's progress (progress context), one per student.
 * <p>
 * Invariants: an award id pays at most once; XP only grows; an award of nothing is not recorded.
 */
@Aggregate
public class StudentProgress {

    @AggregateIdentifier
    private String streamId;
    private long totalXp;
    private final Set<String> awardIds = new HashSet<>();

    protected StudentProgress() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(AwardXpCommand command) {
        if (command.amount() <= 0 || awardIds.contains(command.awardId())) {
            return;
        }
        apply(new XpAwarded(command.studentId(), command.awardId(), command.amount(), totalXp + command.amount(),
                command.sourceEventId(), command.sourceType(), command.ruleVersion(), command.occurredAt()));
    }

    @EventSourcingHandler
    void on(XpAwarded event) {
        streamId = StreamIds.progress(event.studentId());
        totalXp = event.totalXp();
        awardIds.add(event.awardId());
    }
}
