package uz.daftar.events.ai;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A teacher of the class approved a generated story or quiz draft: from now on the class's children see it. */
@Revision("1")
public record DraftApproved(String artefactId,
                            String classId,
                            String teacherId,
                            Instant approvedAt) {
}
