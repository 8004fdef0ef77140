package uz.daftar.command.learner;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uz.daftar.command.CommandRejected;
import uz.daftar.command.StreamIds;
import uz.daftar.events.learner.ClassOpened;
import uz.daftar.events.learner.StudentEnrolled;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A class in a learning centre (learner context). Invariants: opened once, by a teacher of its centre; a student
 * is enrolled at most once. The class confirms to other aggregates who its teacher and students are
 * ({@link ConfirmTeacherCommand}).
 */
@Aggregate
public class Classroom {

    @AggregateIdentifier
    private String streamId;
    private String classId;
    private String centreId;
    private String teacherId;
    private final Set<String> students = new HashSet<>();

    protected Classroom() {
    }

    @CommandHandler
    public Classroom(OpenClassCommand command) {
        if (!command.teacherIsInCentre()) {
            throw CommandRejected.unprocessable("teacher-not-in-centre", "Teacher " + command.teacherId()
                    + " does not teach at centre " + command.centreId() + ".");
        }
        apply(new ClassOpened(command.classId(), command.centreId(), command.teacherId(), command.name(),
                command.openedAt()));
    }

    @CommandHandler
    public void handle(EnrolStudentCommand command) {
        if (!students.contains(command.studentId())) {
            apply(new StudentEnrolled(classId, centreId, command.studentId(), command.enrolledAt()));
        }
    }

    @CommandHandler
    public void handle(ConfirmTeacherCommand command) {
        if (!command.teacherId().equals(teacherId)) {
            throw CommandRejected.forbidden("not-the-class-teacher", "Only the teacher of class " + classId
                    + " acts for it.");
        }
        if (command.studentId() != null && !students.contains(command.studentId())) {
            throw CommandRejected.forbidden("not-in-class", "Student " + command.studentId() + " is not in class "
                    + classId + ".");
        }
    }

    @EventSourcingHandler
    void on(ClassOpened event) {
        streamId = StreamIds.classroom(event.classId());
        classId = event.classId();
        centreId = event.centreId();
        teacherId = event.teacherId();
    }

    @EventSourcingHandler
    void on(StudentEnrolled event) {
        students.add(event.studentId());
    }
}
