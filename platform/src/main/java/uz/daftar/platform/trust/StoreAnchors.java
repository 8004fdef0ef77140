package uz.daftar.platform.trust;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What anchors a student's chain: each of its events' store links, the store chain from there up to the signed
 * checkpoint that covers it, and that checkpoint. Reads the student's links and, per checkpoint interval the student
 * has events in, at most {@code checkpoint-every} store links; never the whole store (decision 0009, Limits).
 */
final class StoreAnchors {

    private final TamperRecords records;
    private final CheckpointKeys keys;
    private final int pageSize;

    StoreAnchors(TamperRecords records, CheckpointKeys keys, int pageSize) {
        this.records = records;
        this.keys = keys;
        this.pageSize = pageSize;
    }

    /**
     * The store links of the student's events: each is the one the student's chain has and follows from the store
     * link before it; from each, the store chain folds up to the checkpoint that covers it, whose signature and head
     * are checked. Student links come in store order (one processor links both chains), so each checkpoint interval
     * is folded once, reading at most {@code checkpoint-every} store links for it.
     */
    Anchors of(String studentId) {
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
                    return Optional.of(Finding.at(Finding.Kind.CHAIN_BROKEN, link,
                            "the link does not follow from the one before it"));
                }
                previous = link.chainHash();
                expected++;
            }
        }
        return expected > to ? Optional.empty() : Optional.of(new Finding(Finding.Kind.CHAIN_BROKEN, null, expected,
                null, null, "the store chain has no link at this position"));
    }

    /** The checkpoint's signature, and the store link at its position against what it signed. */
    Optional<Finding> checkpoint(Checkpoint checkpoint, Optional<ChainLink> link) {
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

    static Finding checkpointFinding(Checkpoint checkpoint, String problem) {
        return new Finding(Finding.Kind.CHECKPOINT_INVALID, null, checkpoint.position(), null,
                checkpoint.globalIndex(), "checkpoint " + checkpoint.number() + ": " + problem);
    }

    static boolean follows(byte[] previous, ChainLink link) {
        return Arrays.equals(Hashes.link(previous, link.globalIndex(), link.eventHash()), link.chainHash());
    }

    /**
     * What anchoring found: a store-chain problem, a checkpoint problem (first only), and how many checkpoints were
     * checked.
     */
    static final class Anchors {
        private Optional<Finding> finding = Optional.empty();
        private Optional<Finding> checkpointFinding = Optional.empty();
        private int checkpoints;

        Optional<Finding> finding() {
            return finding;
        }

        Optional<Finding> checkpointFinding() {
            return checkpointFinding;
        }

        int checkpoints() {
            return checkpoints;
        }
    }
}
