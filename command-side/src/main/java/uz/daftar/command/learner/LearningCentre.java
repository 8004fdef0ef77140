package uz.daftar.command.learner;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uz.daftar.command.StreamIds;
import uz.daftar.events.learner.CentreAdminAppointed;
import uz.daftar.events.learner.LearningCentreRegistered;
import uz.daftar.events.learner.TeacherJoinedCentre;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A learning centre (learner context). Invariants: registered once; a teacher joins at most once; an account is
 * appointed one of its admins at most once.
 */
@Aggregate
public class LearningCentre {

    @AggregateIdentifier
    private String streamId;
    private String centreId;
    private final Set<String> teachers = new HashSet<>();
    private final Set<String> admins = new HashSet<>();

    protected LearningCentre() {
    }

    @CommandHandler
    public LearningCentre(RegisterCentreCommand command) {
        apply(new LearningCentreRegistered(command.centreId(), command.name(), command.region(),
                command.registeredAt()));
    }

    @CommandHandler
    public void handle(AddTeacherCommand command) {
        if (!teachers.contains(command.teacherId())) {
            apply(new TeacherJoinedCentre(centreId, command.teacherId(), command.joinedAt()));
        }
    }

    @CommandHandler
    public void handle(AppointCentreAdminCommand command) {
        if (!admins.contains(command.adminId())) {
            apply(new CentreAdminAppointed(centreId, command.adminId(), command.appointedAt()));
        }
    }

    @EventSourcingHandler
    void on(LearningCentreRegistered event) {
        streamId = StreamIds.centre(event.centreId());
        centreId = event.centreId();
    }

    @EventSourcingHandler
    void on(TeacherJoinedCentre event) {
        teachers.add(event.teacherId());
    }

    @EventSourcingHandler
    void on(CentreAdminAppointed event) {
        admins.add(event.adminId());
    }
}
