package uz.daftar.events.learner;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A student joined a class; enrolling the same student twice emits nothing. */
@Revision("1")
public record StudentEnrolled(String classId, String centreId, String studentId, Instant enrolledAt) {
}
