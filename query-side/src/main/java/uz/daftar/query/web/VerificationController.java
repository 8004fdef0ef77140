package uz.daftar.query.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import uz.daftar.platform.trust.TamperVerifier;
import uz.daftar.platform.trust.VerificationReport;
import uz.daftar.projections.ReadModels;

/**
 * Tamper evidence, recomputed from the event store on every call (docs/decisions/0009):
 * <ul>
 *   <li>{@code GET /api/v1/admin/verification}: every student's chain, the store chain and the signed checkpoints;
 *   admins only;</li>
 *   <li>{@code GET /api/v1/students/{id}/verification}: the student's chain, with the store chain and checkpoints
 *   that anchor it, and the chain's head hash; for whoever may read the student ({@link StudentAccess}).</li>
 * </ul>
 * Both answer 200 with {@code intact} and the first finding of each chain, tampered or not.
 */
@RestController
@ConditionalOnProperty(name = "daftar.trust.enabled", havingValue = "true")
class VerificationController {

    private final TamperVerifier verifier;
    private final StudentAccess access;
    private final Consistency consistency;

    VerificationController(TamperVerifier verifier, StudentAccess access, Consistency consistency) {
        this.verifier = verifier;
        this.access = access;
        this.consistency = consistency;
    }

    @GetMapping("/api/v1/admin/verification")
    VerificationReport store() {
        return verifier.verifyStore();
    }

    @GetMapping("/api/v1/students/{studentId}/verification")
    VerificationReport student(@PathVariable String studentId,
                               @RequestHeader(name = Consistency.WAIT_FOR, required = false) Long waitForPosition,
                               Authentication authentication) {
        consistency.waitFor(ReadModels.GUARDIANSHIP, waitForPosition);
        access.requireMayRead(authentication, studentId);
        return verifier.verifyStudent(studentId);
    }
}
