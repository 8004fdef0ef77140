package uz.daftar.events.learner;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A class was opened in a learning centre, taught by one of the centre's teachers. */
@Revision("1")
public record ClassOpened(String classId, String centreId, String teacherId, String name, Instant openedAt) {
}
