package uz.daftar.events.ai;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A teacher of the class rejected a generated draft, with a reason; children never see it. */
@Revision("1")
public record DraftRejected(String artefactId,
                            String classId,
                            String teacherId,
                            String reason,
                            Instant rejectedAt) {
}
