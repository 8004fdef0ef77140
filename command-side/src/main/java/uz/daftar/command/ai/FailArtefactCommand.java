package uz.daftar.command.ai;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/** Records that generating a pending request failed for good. */
public record FailArtefactCommand(String artefactId, String failure, String message, Instant failedAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.artefact(artefactId);
    }
}
