package uz.daftar.command.ai;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/** A teacher of {@code classId} (confirmed by the class first) approves a generated draft for the class. */
public record ApproveDraftCommand(String artefactId, String classId, String teacherId, Instant approvedAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.artefact(artefactId);
    }
}
