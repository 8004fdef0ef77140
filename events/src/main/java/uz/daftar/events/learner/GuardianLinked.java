package uz.daftar.events.learner;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A guardian (a parent's account) was linked to a student: from now on the guardian may follow the student's
 * progress. Linking the same guardian twice emits nothing.
 */
@Revision("1")
public record GuardianLinked(String studentId, String guardianId, Instant linkedAt) {
}
