package uz.daftar.query.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uz.daftar.platform.security.Caller;
import uz.daftar.platform.security.Role;
import uz.daftar.projections.ReadModels;
import uz.daftar.projections.learner.GuardianshipReader;
import uz.daftar.query.disputes.DisputeView;
import uz.daftar.query.disputes.FindDisputeQuery;
import uz.daftar.query.disputes.FindDisputeQueueQuery;
import uz.daftar.query.disputes.FindProvenanceQuery;
import uz.daftar.query.disputes.ProvenanceView;

import java.util.List;
import java.util.Optional;

/**
 * Coin disputes: the admin queue, one case (its admin, or the student and their linked guardians), and the
 * provenance an admin decides from.
 */
@RestController
@RequestMapping("/api/v1/disputes")
class DisputesController {

    private static final List<ReadModels> PROVENANCE = List.of(ReadModels.DISPUTES, ReadModels.COIN_LEDGER,
            ReadModels.STUDENT_TIMELINE);

    private final QueryGateway queries;
    private final Consistency consistency;
    private final GuardianshipReader guardianship;

    DisputesController(QueryGateway queries, Consistency consistency, GuardianshipReader guardianship) {
        this.queries = queries;
        this.consistency = consistency;
        this.guardianship = guardianship;
    }

    enum Status { OPEN, TAKEN, UPHELD, REJECTED }

    @GetMapping
    ResponseEntity<List<DisputeView>> queue(@RequestParam(defaultValue = "OPEN") Status status,
                                            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit,
                                            @RequestHeader(name = Consistency.WAIT_FOR, required = false)
                                            Long waitForPosition,
                                            Authentication authentication) {
        requireAdmin(authentication);
        Watermark watermark = consistency.await(ReadModels.DISPUTES, waitForPosition);
        List<DisputeView> queue = queries.query(new FindDisputeQueueQuery(status.name(), limit),
                ResponseTypes.multipleInstancesOf(DisputeView.class)).join();
        return ResponseEntity.ok().headers(Consistency.headers(watermark)).body(queue);
    }

    @GetMapping("/{disputeId}")
    ResponseEntity<DisputeView> dispute(@PathVariable String disputeId,
                                        @RequestHeader(name = Consistency.WAIT_FOR, required = false)
                                        Long waitForPosition,
                                        Authentication authentication) {
        Caller caller = Caller.of(authentication);
        consistency.waitFor(ReadModels.GUARDIANSHIP, waitForPosition);
        Watermark watermark = consistency.await(ReadModels.DISPUTES, waitForPosition);
        boolean admin = caller.has(Role.ADMIN);
        DisputeView view = find(new FindDisputeQuery(disputeId, !admin), DisputeView.class, disputeId);
        if (!admin && !caller.isStudent(view.studentId())
                && !(caller.has(Role.PARENT) && guardianship.follows(caller.subject(), view.studentId()))) {
            throw new AccessDeniedException("You may not read dispute " + disputeId + ".");
        }
        return ResponseEntity.ok().headers(Consistency.headers(watermark)).body(view);
    }

    @GetMapping("/{disputeId}/provenance")
    ResponseEntity<ProvenanceView> provenance(@PathVariable String disputeId,
                                              @RequestParam(defaultValue = "10") @Min(0) @Max(100) int around,
                                              @RequestHeader(name = Consistency.WAIT_FOR, required = false)
                                              Long waitForPosition,
                                              Authentication authentication) {
        requireAdmin(authentication);
        Watermark watermark = consistency.awaitAll(PROVENANCE, waitForPosition);
        ProvenanceView view = find(new FindProvenanceQuery(disputeId, around), ProvenanceView.class, disputeId);
        return ResponseEntity.ok().headers(Consistency.headers(watermark)).body(view);
    }

    private static void requireAdmin(Authentication authentication) {
        if (!Caller.of(authentication).has(Role.ADMIN)) {
            throw new AccessDeniedException("Only an admin reads the dispute queue and a case's provenance.");
        }
    }

    private <T> T find(Object query, Class<T> type, String disputeId) {
        Optional<T> found = queries.query(query, ResponseTypes.optionalInstanceOf(type)).join();
        return found.orElseThrow(() -> Problems.notFound("Unknown dispute", "No dispute " + disputeId + " (yet)."));
    }
}
