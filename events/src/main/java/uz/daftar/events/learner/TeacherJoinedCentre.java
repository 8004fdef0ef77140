package uz.daftar.events.learner;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A teacher's account joined a learning centre; a teacher joins a centre at most once. */
@Revision("1")
public record TeacherJoinedCentre(String centreId, String teacherId, Instant joinedAt) {
}
