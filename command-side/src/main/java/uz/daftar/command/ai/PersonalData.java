package uz.daftar.command.ai;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import uz.daftar.command.StreamIds;
import uz.daftar.events.learner.GuardianLinked;
import uz.daftar.events.learner.StudentEnrolled;
import uz.daftar.events.learner.StudentProfile;
import uz.daftar.events.learner.StudentRegistered;
import uz.daftar.platform.privacy.StudentProfiles;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The personal data of the students an artefact concerns (the student, or every student of the class), read from
 * their own streams in the event store and opened with their keys: what no prompt and no output may contain. An
 * erased student's profile no longer opens and has nothing left to leak.
 */
@Component
public class PersonalData {

    private final EventStore store;
    private final StudentProfiles profiles;

    PersonalData(EventStore store, StudentProfiles profiles) {
        this.store = store;
        this.profiles = profiles;
    }

    /** The terms of the subject: a student ({@code studentId}) or a class ({@code classId}). */
    public PersonalTerms of(String studentId, String classId) {
        Set<String> students = new LinkedHashSet<>();
        if (studentId != null) {
            students.add(studentId);
        }
        if (classId != null) {
            store.readEvents(StreamIds.classroom(classId)).asStream()
                    .filter(message -> message.getPayload() instanceof StudentEnrolled)
                    .forEach(message -> students.add(((StudentEnrolled) message.getPayload()).studentId()));
        }
        List<StudentProfile> opened = new ArrayList<>();
        List<String> guardians = new ArrayList<>();
        for (String student : students) {
            store.readEvents(StreamIds.student(student)).asStream().forEach(message -> {
                if (message.getPayload() instanceof StudentRegistered registered) {
                    profiles.open(registered.profileKeyId(), registered.sealedProfile()).ifPresent(opened::add);
                } else if (message.getPayload() instanceof GuardianLinked linked) {
                    guardians.add(linked.guardianId());
                }
            });
        }
        return PersonalTerms.of(opened, guardians);
    }
}
