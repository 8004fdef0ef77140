package uz.daftar.events.operations;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * An operator acted on the running platform rather than on anyone's learning: retried or evicted dead letters,
 * replayed, rebuilt, cut over or rolled back a read model. {@code target} names what was acted on (a processor, a
 * dead-letter sequence as {@code processor/sequence}, a rebuild), {@code reason} holds the operator's own words where
 * the action asks for them, {@code outcome} what came of it in a few words (letters retried, rows that differ).
 */
@Revision("1")
public record OperatorActed(String actionId,
                            String operatorId,
                            String operatorRole,
                            OperatorAction action,
                            String target,
                            String reason,
                            String outcome,
                            Instant actedAt) {
}
