package uz.daftar.command.ai;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Records a request for a generated artefact; {@code inputs} are pseudonymous aggregates, already checked for
 * personal data.
 */
public record RequestArtefactCommand(String artefactId, ArtefactKind kind, String studentId, String classId,
                                     LocalDate periodFrom, LocalDate periodTo, String requestedBy,
                                     String requesterRole, String promptVersion, String inputs,
                                     List<String> inputReferences, Instant requestedAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.artefact(artefactId);
    }
}
