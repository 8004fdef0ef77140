package uz.daftar.platform.trust;

import java.util.List;

/**
 * What a verification found.
 *
 * @param scope              {@code store}, or the student id
 * @param intact             no finding
 * @param eventsLinked       links checked: of the store chain, or of the student's chain
 * @param eventsNotYetLinked stored events after the last linked one (the chain processor is behind), not findings
 * @param checkpoints        checkpoints whose signature and head were checked
 * @param headHash           hex chain hash of the last link of the store chain, or of the student's chain
 * @param findings           the first problem of each chain, then the checkpoints', in chain order
 */
public record VerificationReport(String scope, boolean intact, long eventsLinked, long eventsNotYetLinked,
                                 int checkpoints, String headHash, List<Finding> findings) {
}
