package uz.daftar.command.learner;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uz.daftar.command.CommandRejected;
import uz.daftar.command.StreamIds;
import uz.daftar.events.learner.GuardianLinked;
import uz.daftar.events.learner.LeaderboardVisibilityChanged;
import uz.daftar.events.learner.SpeechConsentGiven;
import uz.daftar.events.learner.SpeechConsentWithdrawn;
import uz.daftar.events.learner.StudentRegistered;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A student of the platform (learner context).
 * <p>
 * Invariants: a student is registered once; a guardian is linked to a student at most once; only a linked guardian
 * or an admin decides whether the student appears on leaderboards (listed until decided otherwise); the student
 * confirms to other aggregates who its guardians are ({@link ConfirmGuardianCommand}); only a linked guardian or an
 * admin gives or withdraws speech consent (none until given), and the student confirms it before any of their
 * audio is stored ({@link ConfirmSpeechConsentCommand}).
 */
@Aggregate
public class Student {

    @AggregateIdentifier
    private String streamId;
    private String studentId;
    private final Set<String> guardians = new HashSet<>();
    private boolean listed = true;
    private boolean speechConsent;

    protected Student() {
    }

    @CommandHandler
    public Student(RegisterStudentCommand command) {
        apply(new StudentRegistered(command.studentId(), command.profileKeyId(), command.sealedProfile(),
                command.birthYear(), command.timeZone(), command.language(), command.registeredAt()));
    }

    @CommandHandler
    public void handle(LinkGuardianCommand command) {
        if (guardians.contains(command.guardianId())) {
            return;
        }
        apply(new GuardianLinked(studentId, command.guardianId(), command.linkedAt()));
    }

    @CommandHandler
    public void handle(ChangeLeaderboardVisibilityCommand command) {
        if (!command.byAdmin() && !guardians.contains(command.changedBy())) {
            throw CommandRejected.forbidden("not-a-guardian", "Only a linked guardian or an admin decides whether "
                    + "student " + studentId + " appears on leaderboards.");
        }
        if (listed == command.listed()) {
            return;
        }
        apply(new LeaderboardVisibilityChanged(studentId, command.listed(), command.changedBy(),
                command.changedAt()));
    }

    @CommandHandler
    public void handle(ConfirmGuardianCommand command) {
        if (!guardians.contains(command.guardianId())) {
            throw CommandRejected.forbidden("not-a-guardian", "Only the student or a linked guardian acts for "
                    + "student " + studentId + ".");
        }
    }

    @CommandHandler
    public void handle(DecideSpeechConsentCommand command) {
        if (!command.byAdmin() && !guardians.contains(command.decidedBy())) {
            throw CommandRejected.forbidden("not-a-guardian", "Only a linked guardian or an admin decides on speech "
                    + "consent for student " + studentId + ".");
        }
        if (speechConsent == command.consent()) {
            return;
        }
        apply(command.consent()
                ? new SpeechConsentGiven(studentId, command.decidedBy(), command.decidedAt())
                : new SpeechConsentWithdrawn(studentId, command.decidedBy(), command.decidedAt()));
    }

    @CommandHandler
    public void handle(ConfirmSpeechConsentCommand command) {
        if (!speechConsent) {
            throw CommandRejected.forbidden("speech-consent-not-recorded", "Speech consent not recorded: a linked "
                    + "guardian of student " + studentId + " must give it before reading aloud is recorded.");
        }
    }

    @EventSourcingHandler
    void on(StudentRegistered event) {
        streamId = StreamIds.student(event.studentId());
        studentId = event.studentId();
    }

    @EventSourcingHandler
    void on(GuardianLinked event) {
        guardians.add(event.guardianId());
    }

    @EventSourcingHandler
    void on(LeaderboardVisibilityChanged event) {
        listed = event.listed();
    }

    @EventSourcingHandler
    void on(SpeechConsentGiven event) {
        speechConsent = true;
    }

    @EventSourcingHandler
    void on(SpeechConsentWithdrawn event) {
        speechConsent = false;
    }
}
