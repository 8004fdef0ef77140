package uz.daftar.platform.trust;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Recomputes the tamper evidence from the event store and compares it with the chains and checkpoints: the one
 * verification behind the API and the command line. Each chain reports its first problem only; see {@link Finding}.
 */
public class TamperVerifier {

    private static final String STORE = "store";

    private final TamperRecords records;
    private final EventStudents students;
    private final CheckpointKeys keys;

    public TamperVerifier(TamperRecords records, EventStudents students, CheckpointKeys keys) {
        this.records = records;
        this.students = students;
        this.keys = keys;
    }

    /** Every chain and every checkpoint. */
    public VerificationReport verifyStore() {
        return verify(null);
    }

    /** The student's chain, and the store chain and checkpoints it is anchored by. */
    public VerificationReport verifyStudent(String studentId) {
        return verify(studentId);
    }

    private VerificationReport verify(String onlyStudent) {
        List<StoredEvent> events = records.allEvents();
        Map<String, StoredEvent> stored = events.stream()
                .collect(Collectors.toMap(StoredEvent::eventId, Function.identity()));
        Map<String, List<ChainLink>> chains = new LinkedHashMap<>();
        for (ChainLink link : onlyStudent == null ? records.allLinks() : chainsOf(onlyStudent)) {
            chains.computeIfAbsent(link.chainId(), id -> new ArrayList<>()).add(link);
        }
        List<ChainLink> storeChain = chains.getOrDefault(ChainLink.STORE, List.of());
        Set<String> linked = storeChain.stream().map(ChainLink::eventId).collect(Collectors.toSet());
        long lastLinked = storeChain.stream().mapToLong(ChainLink::globalIndex).max().orElse(Long.MIN_VALUE);

        Map<String, List<Finding>> candidates = new LinkedHashMap<>();
        chains.forEach((chain, links) -> walk(links, stored).ifPresent(finding ->
                candidates.computeIfAbsent(chain, id -> new ArrayList<>()).add(finding)));
        long notYetLinked = 0;
        for (StoredEvent event : events) {
            if (linked.contains(event.eventId())) {
                continue;
            }
            if (event.globalIndex() > lastLinked) {
                notYetLinked++;
                continue;
            }
            candidates.computeIfAbsent(ChainLink.STORE, id -> new ArrayList<>())
                    .add(inserted(null, storeChain, event));
            Optional<String> student = students.of(event);
            if (student.isPresent() && chains.containsKey(student.get())) {
                List<ChainLink> links = chains.get(student.get());
                if (event.globalIndex() < links.stream().mapToLong(ChainLink::globalIndex).max().orElseThrow()) {
                    candidates.computeIfAbsent(student.get(), id -> new ArrayList<>())
                            .add(inserted(student.get(), links, event));
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        candidates.forEach((chain, found) -> findings.add(found.stream()
                .min(Comparator.comparing(Finding::globalIndex)).orElseThrow()));
        List<Checkpoint> checkpoints = records.checkpoints();
        Long brokenAt = findings.stream().filter(f -> f.studentId() == null).map(Finding::position).findFirst()
                .orElse(null);
        findings.addAll(checkpoints(checkpoints, storeChain, brokenAt));

        List<ChainLink> scope = onlyStudent == null ? storeChain : chains.getOrDefault(onlyStudent, List.of());
        String head = scope.isEmpty() ? null : Hashes.hex(scope.get(scope.size() - 1).chainHash());
        return new VerificationReport(onlyStudent == null ? STORE : onlyStudent, findings.isEmpty(), scope.size(),
                notYetLinked, checkpoints.size(), head, findings);
    }

    private List<ChainLink> chainsOf(String student) {
        List<ChainLink> links = new ArrayList<>(records.links(ChainLink.STORE));
        links.addAll(records.links(student));
        return links;
    }

    /** The first link that no longer matches the store, or whose chain hash does not follow from its predecessor. */
    private static Optional<Finding> walk(List<ChainLink> links, Map<String, StoredEvent> stored) {
        byte[] previous = Hashes.GENESIS;
        for (int i = 0; i < links.size(); i++) {
            ChainLink link = links.get(i);
            StoredEvent event = stored.get(link.eventId());
            if (event == null) {
                return Optional.of(finding(Finding.Kind.DELETED, link, "the store no longer has this event"));
            }
            if (!Arrays.equals(event.hash(), link.eventHash())) {
                return Optional.of(finding(Finding.Kind.EDITED, link, "the stored event's bytes changed"));
            }
            if (event.globalIndex() != link.globalIndex()) {
                return Optional.of(finding(Finding.Kind.REORDERED, link,
                        "the event now stands at global index " + event.globalIndex()));
            }
            if (link.position() != i + 1
                    || !Arrays.equals(Hashes.link(previous, link.globalIndex(), link.eventHash()), link.chainHash())) {
                return Optional.of(finding(Finding.Kind.CHAIN_BROKEN, link,
                        "the link does not follow from the one before it"));
            }
            previous = link.chainHash();
        }
        return Optional.empty();
    }

    private static Finding finding(Finding.Kind kind, ChainLink link, String detail) {
        return new Finding(kind, studentOf(link.chainId()), link.position(), link.eventId(), link.globalIndex(),
                detail);
    }

    private static Finding inserted(String student, List<ChainLink> links, StoredEvent event) {
        long position = 1 + links.stream().filter(link -> link.globalIndex() < event.globalIndex()).count();
        return new Finding(Finding.Kind.INSERTED, student, position, event.eventId(), event.globalIndex(),
                "the store has this event, the chain does not, and the chain goes on after it");
    }

    /**
     * Each checkpoint's signature, its number in sequence, and the store chain's head at its position; checkpoints at
     * or after the store chain's first finding are not compared (that finding already says the chain changed there).
     */
    private List<Finding> checkpoints(List<Checkpoint> checkpoints, List<ChainLink> storeChain, Long brokenAt) {
        List<Finding> findings = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Checkpoint checkpoint : checkpoints) {
            seen.add(checkpoint.number());
            String problem = null;
            if (!keys.verifies(checkpoint.signedBytes(), checkpoint.signature())) {
                problem = "the signature does not verify with daftar.trust.verify-key";
            } else if (checkpoint.number() != seen.size()) {
                problem = "checkpoints before number " + checkpoint.number() + " are missing";
            } else if (brokenAt != null && checkpoint.position() >= brokenAt) {
                continue;
            } else if (checkpoint.position() > storeChain.size()) {
                problem = "the store chain is shorter than the position the checkpoint signed";
            } else {
                ChainLink link = storeChain.get((int) checkpoint.position() - 1);
                if (link.globalIndex() != checkpoint.globalIndex()
                        || !Arrays.equals(link.chainHash(), checkpoint.chainHash())) {
                    problem = "the store chain's head at position " + checkpoint.position()
                            + " is not the one signed: events up to it were changed and the chain recomputed";
                }
            }
            if (problem != null) {
                findings.add(new Finding(Finding.Kind.CHECKPOINT_INVALID, null, checkpoint.position(), null,
                        checkpoint.globalIndex(), "checkpoint " + checkpoint.number() + ": " + problem));
                break;
            }
        }
        return findings;
    }

    private static String studentOf(String chainId) {
        return ChainLink.STORE.equals(chainId) ? null : chainId;
    }
}
