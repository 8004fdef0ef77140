package uz.daftar.command.ai;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

/**
 * Appends nothing; rejected (409 {@code artefact-settled}) unless the artefact still waits for its output, so that
 * a redelivered request never calls a model again.
 */
public record ConfirmPendingCommand(String artefactId) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.artefact(artefactId);
    }
}
