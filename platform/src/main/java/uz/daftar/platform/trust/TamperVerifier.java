package uz.daftar.platform.trust;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Recomputes the tamper evidence from the event store and compares it with the chains and checkpoints: the one
 * verification behind the API and the command line. Each chain reports its first problem only; see {@link Finding}.
 * It reads in pages of {@code pageSize} links or rows and keeps only the findings, so memory stays bounded however
 * large the store; a student's verification reads that student's links and rows and the store links that anchor them
 * to the checkpoints ({@link StoreAnchors}), not the store (decision 0009, Limits).
 */
public class TamperVerifier {

    private static final String STORE = "store";
    private static final int PAGE = 1000;

    private final TamperRecords records;
    private final EventStudents students;
    private final CheckpointKeys keys;
    private final int pageSize;
    private final StoreAnchors anchors;

    public TamperVerifier(TamperRecords records, EventStudents students, CheckpointKeys keys) {
        this(records, students, keys, PAGE);
    }

    TamperVerifier(TamperRecords records, EventStudents students, CheckpointKeys keys, int pageSize) {
        this.records = records;
        this.students = students;
        this.keys = keys;
        this.pageSize = pageSize;
        this.anchors = new StoreAnchors(records, keys, pageSize);
    }

    /** Every chain and every checkpoint. */
    public VerificationReport verifyStore() {
        Map<String, Finding> byChain = new TreeMap<>();
        Walk store = walk(ChainLink.STORE, false);
        store.finding.ifPresent(finding -> byChain.put(ChainLink.STORE, finding));
        for (List<String> chains = records.studentChains(ChainLink.STORE, pageSize); !chains.isEmpty();
             chains = records.studentChains(chains.get(chains.size() - 1), pageSize)) {
            for (String chain : chains) {
                walk(chain, false).finding.ifPresent(finding -> byChain.put(chain, finding));
            }
        }
        inserted(store.lastGlobalIndex, byChain);
        List<Finding> findings = new ArrayList<>(byChain.values());
        Checkpoints checkpoints = checkpoints(store.finding.map(Finding::position).orElse(null), store.links);
        checkpoints.finding.ifPresent(findings::add);
        return new VerificationReport(STORE, findings.isEmpty(), store.links,
                records.countUnlinkedAbove(store.lastGlobalIndex), checkpoints.checked, store.head, findings);
    }

    /**
     * The student's chain, each of its events in the store chain, and the store chain from each of them up to the
     * signed checkpoint that covers it; and forged rows in the student's own streams.
     */
    public VerificationReport verifyStudent(String studentId) {
        Walk chain = walk(studentId, true);
        List<Finding> findings = new ArrayList<>();
        Finding studentFinding = chain.finding.orElse(null);
        for (StoredEvent row : records.unlinkedOfStreams(chain.streams, chain.lastGlobalIndex)) {
            if (students.of(row).filter(studentId::equals).isPresent()
                    && (studentFinding == null || row.globalIndex() < studentFinding.globalIndex())) {
                studentFinding = inserted(studentId, row);
                break;
            }
        }
        StoreAnchors.Anchors anchored = anchors.of(studentId);
        anchored.finding().ifPresent(findings::add);
        if (studentFinding != null) {
            findings.add(studentFinding);
        }
        anchored.checkpointFinding().ifPresent(findings::add);
        long storeLast = records.lastGlobalIndex(ChainLink.STORE).orElse(Long.MIN_VALUE);
        return new VerificationReport(studentId, findings.isEmpty(), chain.links,
                records.countUnlinkedAbove(storeLast), anchored.checkpoints(), chain.head, findings);
    }

    /**
     * A chain's links, page by page, against the rows: its first finding, its length, head and last global index, and
     * (for a student's chain) the streams its events are in.
     */
    private Walk walk(String chainId, boolean collectStreams) {
        Walk walk = new Walk();
        byte[] previous = Hashes.GENESIS;
        for (List<LinkedRow> page = records.linkedRows(chainId, 0, pageSize); !page.isEmpty();
             page = records.linkedRows(chainId, page.get(page.size() - 1).link().position(), pageSize)) {
            for (LinkedRow linked : page) {
                ChainLink link = linked.link();
                walk.links++;
                walk.lastGlobalIndex = Math.max(walk.lastGlobalIndex, link.globalIndex());
                walk.head = Hashes.hex(link.chainHash());
                if (collectStreams && linked.row() != null) {
                    walk.streams.add(linked.row().aggregateId());
                }
                if (walk.finding.isEmpty()) {
                    walk.finding = problem(linked, walk.links, previous);
                }
                previous = link.chainHash();
            }
        }
        return walk;
    }

    /** The first thing wrong with the link at the expected position after the chain hash {@code previous}. */
    private static Optional<Finding> problem(LinkedRow linked, long expectedPosition, byte[] previous) {
        ChainLink link = linked.link();
        StoredEvent event = linked.row();
        if (event == null) {
            return Optional.of(Finding.at(Finding.Kind.DELETED, link, "the store no longer has this event"));
        }
        if (!Arrays.equals(event.hash(), link.eventHash())) {
            return Optional.of(Finding.at(Finding.Kind.EDITED, link, "the stored event's bytes changed"));
        }
        if (event.globalIndex() != link.globalIndex()) {
            return Optional.of(Finding.at(Finding.Kind.REORDERED, link,
                    "the event now stands at global index " + event.globalIndex()));
        }
        if (link.position() != expectedPosition || !StoreAnchors.follows(previous, link)) {
            return Optional.of(Finding.at(Finding.Kind.CHAIN_BROKEN, link,
                    "the link does not follow from the one before it"));
        }
        return Optional.empty();
    }

    /**
     * Rows the store chain does not link, below its last linked global index, page by page by global index: the first
     * is the store chain's INSERTED candidate, and each is one for the student it concerns if that student's chain
     * goes on after it. A chain keeps the finding with the lower global index.
     */
    private void inserted(long storeLast, Map<String, Finding> byChain) {
        long after = Long.MIN_VALUE;
        for (List<StoredEvent> page = records.unlinked(after, storeLast, pageSize); !page.isEmpty();
             page = records.unlinked(after, storeLast, pageSize)) {
            for (StoredEvent event : page) {
                keepEarlier(byChain, ChainLink.STORE, inserted(null, event));
                students.of(event).filter(student -> records.lastGlobalIndex(student)
                                .filter(last -> event.globalIndex() < last).isPresent())
                        .ifPresent(student -> keepEarlier(byChain, student, inserted(student, event)));
            }
            after = page.get(page.size() - 1).globalIndex();
        }
    }

    private static void keepEarlier(Map<String, Finding> byChain, String chain, Finding candidate) {
        byChain.merge(chain, candidate, (found, other) -> other.globalIndex() < found.globalIndex() ? other : found);
    }

    /**
     * Each checkpoint's signature, its number in sequence, and the store chain's head at its position, page by page;
     * checkpoints at or after the store chain's first finding are not compared (that finding already says the chain
     * changed there). The first problem only.
     */
    private Checkpoints checkpoints(Long brokenAt, long storeLength) {
        Checkpoints result = new Checkpoints();
        long expected = 1;
        for (List<Checkpoint> page = records.checkpoints(0, pageSize); !page.isEmpty();
             page = records.checkpoints(page.get(page.size() - 1).number(), pageSize)) {
            for (Checkpoint checkpoint : page) {
                result.checked++;
                String problem = null;
                if (!keys.verifies(checkpoint.signedBytes(), checkpoint.signature())) {
                    problem = "the signature does not verify with daftar.trust.verify-key";
                } else if (checkpoint.number() != expected) {
                    problem = "checkpoints before number " + checkpoint.number() + " are missing";
                } else if (brokenAt != null && checkpoint.position() >= brokenAt) {
                    expected++;
                    continue;
                } else if (checkpoint.position() > storeLength) {
                    problem = "the store chain is shorter than the position the checkpoint signed";
                } else {
                    Optional<Finding> head = anchors.checkpoint(checkpoint, records.link(ChainLink.STORE,
                            checkpoint.position()));
                    if (head.isPresent()) {
                        result.finding = head;
                        return result;
                    }
                }
                if (problem != null) {
                    result.finding = Optional.of(StoreAnchors.checkpointFinding(checkpoint, problem));
                    return result;
                }
                expected++;
            }
        }
        return result;
    }

    /** An event the chain does not link although it goes on after it; its position is where it would have been. */
    private Finding inserted(String student, StoredEvent event) {
        String chain = student == null ? ChainLink.STORE : student;
        long position = records.positionBefore(chain, event.globalIndex()) + 1;
        return new Finding(Finding.Kind.INSERTED, student, position, event.eventId(), event.globalIndex(),
                "the store has this event, the chain does not, and the chain goes on after it");
    }

    /** What walking one chain found. */
    private static final class Walk {
        Optional<Finding> finding = Optional.empty();
        long links;
        long lastGlobalIndex = Long.MIN_VALUE;
        String head;
        final Set<String> streams = new LinkedHashSet<>();
    }

    /** What checking the checkpoints found. */
    private static final class Checkpoints {
        Optional<Finding> finding = Optional.empty();
        int checked;
    }
}
