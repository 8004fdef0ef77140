package uz.daftar.command.ai;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/** Records the validated output of a model for a pending request. */
public record CompleteArtefactCommand(String artefactId, String model, String promptVersion, String output,
                                      Long promptTokens, Long completionTokens, String responseId,
                                      Instant generatedAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.artefact(artefactId);
    }
}
