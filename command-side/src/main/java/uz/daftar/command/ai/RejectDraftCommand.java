package uz.daftar.command.ai;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/** A teacher of {@code classId} (confirmed by the class first) rejects a generated draft, with a reason. */
public record RejectDraftCommand(String artefactId, String classId, String teacherId, String reason,
                                 Instant rejectedAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.artefact(artefactId);
    }
}
