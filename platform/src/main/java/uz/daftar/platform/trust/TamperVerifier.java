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
 * to the checkpoints, not the store (decision 0009, Limits).
 */
public class TamperVerifier {

    private static final String STORE = "store";
    private static final int PAGE = 1000;

    private final TamperRecords records;
    private final EventStudents students;
    private final CheckpointKeys keys;
    private final int pageSize;

    public TamperVerifier(TamperRecords records, EventStudents students, CheckpointKeys keys) {
        this(records, students, keys, PAGE);
    }

    TamperVerifier(TamperRecords records, EventStudents students, CheckpointKeys keys, int pageSize) {
        this.records = records;
        this.students = students;
        this.keys = keys;
        this.pageSize = pageSize;
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
        Anchors anchors = anchor(studentId);
        anchors.finding.ifPresent(findings::add);
        if (studentFinding != null) {
            findings.add(studentFinding);
        }
        anchors.checkpointFinding.ifPresent(findings::add);
        long storeLast = records.lastGlobalIndex(ChainLink.STORE).orElse(Long.MIN_VALUE);
        return new VerificationReport(studentId, findings.isEmpty(), chain.links,
                records.countUnlinkedAbove(storeLast), anchors.checkpoints, chain.head, findings);
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
            return Optional.of(finding(Finding.Kind.DELETED, link, "the store no longer has this event"));
        }
        if (!Arrays.equals(event.hash(), link.eventHash())) {
            return Optional.of(finding(Finding.Kind.EDITED, link, "the stored event's bytes changed"));
        }
        if (event.globalIndex() != link.globalIndex()) {
            return Optional.of(finding(Finding.Kind.REORDERED, link,
                    "the event now stands at global index " + event.globalIndex()));
        }
        if (link.position() != expectedPosition || !follows(previous, link)) {
            return Optional.of(finding(Finding.Kind.CHAIN_BROKEN, link,
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
     * The store links of the student's events: each is the one the student's chain has and follows from the store
     * link before it; from each, the store chain folds up to the checkpoint that covers it, whose signature and head
     * are checked. Student links come in store order (one processor links both chains), so each checkpoint interval
     * is folded once, reading at most {@code checkpoint-every} store links for it.
     */
    private Anchors anchor(String studentId) {
        Anchors anchors = new Anchors();
        long foldedUpTo = 0;
        for (List<LinkedRow> page = records.linkedRows(studentId, 0, pageSize);
             !page.isEmpty() && anchors.finding.isEmpty() && anchors.checkpointFinding.isEmpty();
             page = records.linkedRows(studentId, page.get(page.size() - 1).link().position(), pageSize)) {
            for (LinkedRow linked : page) {
                ChainLink storeLink = linked.storeLink();
                if (storeLink == null || storeLink.globalIndex() != linked.link().globalIndex()
                        || !Arrays.equals(storeLink.eventHash(), linked.link().eventHash())) {
                    anchors.finding = Optional.of(new Finding(Finding.Kind.CHAIN_BROKEN, null,
                            storeLink == null ? null : storeLink.position(), linked.link().eventId(),
                            linked.link().globalIndex(), "the store chain does not link this event of the student's "
                            + "chain as the student's chain does"));
                    return anchors;
                }
                if (storeLink.position() <= foldedUpTo) {
                    continue;
                }
                Optional<Checkpoint> covering = records.covering(storeLink.position());
                long upTo = covering.map(Checkpoint::position).orElse(storeLink.position());
                anchors.finding = fold(storeLink.position(), upTo);
                if (anchors.finding.isPresent()) {
                    return anchors;
                }
                if (covering.isPresent()) {
                    anchors.checkpoints++;
                    anchors.checkpointFinding = checkpoint(covering.get(), records.link(ChainLink.STORE, upTo));
                    if (anchors.checkpointFinding.isPresent()) {
                        return anchors;
                    }
                }
                foldedUpTo = upTo;
            }
        }
        return anchors;
    }

    /** The store links from {@code from} to {@code to} each follow from the one before: the first that does not. */
    private Optional<Finding> fold(long from, long to) {
        byte[] previous = from == 1 ? Hashes.GENESIS
                : records.link(ChainLink.STORE, from - 1).map(ChainLink::chainHash).orElse(null);
        long expected = from;
        for (long start = from; start <= to; start += pageSize) {
            for (ChainLink link : records.links(ChainLink.STORE, start, Math.min(to, start + pageSize - 1))) {
                if (previous == null || link.position() != expected || !follows(previous, link)) {
                    return Optional.of(finding(Finding.Kind.CHAIN_BROKEN, link,
                            "the link does not follow from the one before it"));
                }
                previous = link.chainHash();
                expected++;
            }
        }
        return expected > to ? Optional.empty() : Optional.of(new Finding(Finding.Kind.CHAIN_BROKEN, null, expected,
                null, null, "the store chain has no link at this position"));
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
                    Optional<Finding> head = checkpoint(checkpoint, records.link(ChainLink.STORE,
                            checkpoint.position()));
                    if (head.isPresent()) {
                        result.finding = head;
                        return result;
                    }
                }
                if (problem != null) {
                    result.finding = Optional.of(checkpointFinding(checkpoint, problem));
                    return result;
                }
                expected++;
            }
        }
        return result;
    }

    /** The checkpoint's signature, and the store link at its position against what it signed. */
    private Optional<Finding> checkpoint(Checkpoint checkpoint, Optional<ChainLink> link) {
        if (!keys.verifies(checkpoint.signedBytes(), checkpoint.signature())) {
            return Optional.of(checkpointFinding(checkpoint,
                    "the signature does not verify with daftar.trust.verify-key"));
        }
        if (link.isEmpty() || link.get().globalIndex() != checkpoint.globalIndex()
                || !Arrays.equals(link.get().chainHash(), checkpoint.chainHash())) {
            return Optional.of(checkpointFinding(checkpoint, "the store chain's head at position "
                    + checkpoint.position() + " is not the one signed: events up to it were changed and the chain "
                    + "recomputed"));
        }
        return Optional.empty();
    }

    private static Finding checkpointFinding(Checkpoint checkpoint, String problem) {
        return new Finding(Finding.Kind.CHECKPOINT_INVALID, null, checkpoint.position(), null,
                checkpoint.globalIndex(), "checkpoint " + checkpoint.number() + ": " + problem);
    }

    private static boolean follows(byte[] previous, ChainLink link) {
        return Arrays.equals(Hashes.link(previous, link.globalIndex(), link.eventHash()), link.chainHash());
    }

    private static Finding finding(Finding.Kind kind, ChainLink link, String detail) {
        return new Finding(kind, studentOf(link.chainId()), link.position(), link.eventId(), link.globalIndex(),
                detail);
    }

    /** An event the chain does not link although it goes on after it; its position is where it would have been. */
    private Finding inserted(String student, StoredEvent event) {
        String chain = student == null ? ChainLink.STORE : student;
        long position = records.positionBefore(chain, event.globalIndex()) + 1;
        return new Finding(Finding.Kind.INSERTED, student, position, event.eventId(), event.globalIndex(),
                "the store has this event, the chain does not, and the chain goes on after it");
    }

    private static String studentOf(String chainId) {
        return ChainLink.STORE.equals(chainId) ? null : chainId;
    }

    /** What walking one chain found. */
    private static final class Walk {
        Optional<Finding> finding = Optional.empty();
        long links;
        long lastGlobalIndex = Long.MIN_VALUE;
        String head;
        final Set<String> streams = new LinkedHashSet<>();
    }

    /** What anchoring a student's chain in the store chain and the checkpoints found. */
    private static final class Anchors {
        Optional<Finding> finding = Optional.empty();
        Optional<Finding> checkpointFinding = Optional.empty();
        int checkpoints;
    }

    /** What checking the checkpoints found. */
    private static final class Checkpoints {
        Optional<Finding> finding = Optional.empty();
        int checked;
    }
}
