package uz.daftar.query.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import uz.daftar.platform.trust.Receipt;
import uz.daftar.platform.trust.ReceiptCheck;
import uz.daftar.platform.trust.ReceiptIssue;
import uz.daftar.platform.trust.ReceiptReport;
import uz.daftar.platform.trust.ReceiptVerifier;
import uz.daftar.platform.trust.Receipts;
import uz.daftar.platform.web.InvalidParameter;
import uz.daftar.projections.ReadModels;
import uz.daftar.projections.coins.LedgerReader;

import java.util.List;

/**
 * Receipts a parent can keep (docs/RECEIPTS.md), for whoever may read the student ({@link StudentAccess}):
 * <ul>
 *   <li>{@code GET /api/v1/students/{id}/receipts/events/{eventId}}: the receipt of one event of the student's
 *   chain;</li>
 *   <li>{@code GET /api/v1/students/{id}/receipts/ledger/{entryId}}: the receipt of the event that recorded the
 *   ledger entry;</li>
 *   <li>{@code POST /api/v1/receipts/verification}: a receipt checked offline and against the store as it is now.</li>
 * </ul>
 * 404 for an event the student's chain does not link, 409 with {@code Retry-After} until a signed checkpoint covers
 * it, 409 when the store no longer holds it as linked (no receipt is issued for a tampered event).
 */
@RestController
@ConditionalOnProperty(name = "daftar.trust.enabled", havingValue = "true")
class ReceiptController {

    private static final long RETRY_AFTER_SECONDS = 60;

    private final Receipts receipts;
    private final ReceiptVerifier verifier;
    private final LedgerReader ledger;
    private final StudentAccess access;
    private final Consistency consistency;

    ReceiptController(Receipts receipts, ReceiptVerifier verifier, LedgerReader ledger, StudentAccess access,
                      Consistency consistency) {
        this.receipts = receipts;
        this.verifier = verifier;
        this.ledger = ledger;
        this.access = access;
        this.consistency = consistency;
    }

    @GetMapping("/api/v1/students/{studentId}/receipts/events/{eventId}")
    Receipt event(@PathVariable String studentId, @PathVariable String eventId,
                  @RequestHeader(name = Consistency.WAIT_FOR, required = false) Long waitForPosition,
                  Authentication authentication) {
        consistency.waitFor(StudentAccess.DECIDED_BY, waitForPosition);
        access.requireMayRead(authentication, studentId);
        return issued(receipts.issue(studentId, eventId));
    }

    @GetMapping("/api/v1/students/{studentId}/receipts/ledger/{entryId}")
    Receipt ledgerEntry(@PathVariable String studentId, @PathVariable String entryId,
                        @RequestHeader(name = Consistency.WAIT_FOR, required = false) Long waitForPosition,
                        Authentication authentication) {
        consistency.waitFor(List.of(ReadModels.GUARDIANSHIP, ReadModels.CLASS_ROSTER, ReadModels.COIN_LEDGER),
                waitForPosition);
        access.requireMayRead(authentication, studentId);
        String eventId = ledger.eventOf(studentId, entryId).orElseThrow(() -> Problems.notFound("No such entry",
                "Student " + studentId + " has no ledger entry " + entryId + "."));
        return issued(receipts.issue(studentId, eventId));
    }

    @PostMapping(Receipts.VERIFICATION_PATH)
    ReceiptReport verify(@RequestBody Receipt receipt, Authentication authentication) {
        if (receipt.studentId() == null || receipt.studentId().isBlank()) {
            throw new InvalidParameter("studentId", "must name the student whose receipt it is");
        }
        access.requireMayRead(authentication, receipt.studentId());
        ReceiptCheck offline = verifier.verify(receipt);
        boolean readable = offline.valid() || offline.problem() != ReceiptCheck.Problem.FORMAT;
        return new ReceiptReport(offline, readable ? receipts.compareWithStore(receipt) : null);
    }

    private static Receipt issued(ReceiptIssue issue) {
        return switch (issue.outcome()) {
            case ISSUED -> issue.receipt();
            case UNKNOWN -> throw Problems.notFound("No such event", issue.detail() + ".");
            case NOT_YET_COVERED -> throw Problems.notYet("Not yet covered by a signed checkpoint",
                    issue.detail() + "; a checkpoint is signed every daftar.trust.checkpoint-every events.",
                    RETRY_AFTER_SECONDS);
            case STORE_CHANGED -> throw Problems.conflict("The stored event no longer matches its chain",
                    issue.detail() + ". No receipt is issued; see GET /api/v1/students/{id}/verification.");
        };
    }
}
