package uz.daftar.projections.search;

import uz.daftar.events.learner.GuardianLinked;
import uz.daftar.events.learner.StudentEnrolled;
import uz.daftar.events.learner.StudentRegistered;

import java.util.Optional;

/** Activity documents of the learner context. */
final class LearnerDocuments {

    private LearnerDocuments() {
    }

    static Optional<ActivityDocument> of(Object event) {
        if (event instanceof StudentRegistered e) {
            return Optional.of(ActivityDocument.of("StudentRegistered", e.studentId(), e.registeredAt(),
                    "Joined Daftar (language " + e.language() + ", time zone " + e.timeZone() + ")."));
        }
        if (event instanceof GuardianLinked e) {
            return Optional.of(ActivityDocument.of("GuardianLinked", e.studentId(), e.linkedAt(),
                    "A parent account started following this student.").with("guardianId", e.guardianId()));
        }
        if (event instanceof StudentEnrolled e) {
            return Optional.of(ActivityDocument.of("StudentEnrolled", e.studentId(), e.enrolledAt(),
                            "Joined class " + e.classId() + " at learning centre " + e.centreId() + ".")
                    .with("classId", e.classId()).with("centreId", e.centreId()));
        }
        return Optional.empty();
    }
}
