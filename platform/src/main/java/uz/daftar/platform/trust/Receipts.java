package uz.daftar.platform.trust;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static uz.daftar.platform.trust.ReceiptIssue.Outcome.NOT_YET_COVERED;
import static uz.daftar.platform.trust.ReceiptIssue.Outcome.STORE_CHANGED;
import static uz.daftar.platform.trust.ReceiptIssue.Outcome.UNKNOWN;

/**
 * Issues receipts from the chains and checkpoints, and compares a receipt with the store as it is now. A receipt is
 * issued only for an event the store still holds as linked and only once a signed checkpoint covers it (the smallest
 * one); before it is handed out it is checked with the {@link ReceiptVerifier} a parent would use. Reads one
 * checkpoint interval of store links at most (docs/decisions/0011).
 */
public class Receipts {

    /** Where the query side checks a receipt sent to it (the body may be larger than other requests'). */
    public static final String VERIFICATION_PATH = "/api/v1/receipts/verification";

    private final TamperRecords records;
    private final EventStudents students;
    private final CheckpointKeys keys;

    public Receipts(TamperRecords records, EventStudents students, CheckpointKeys keys) {
        this.records = records;
        this.students = students;
        this.keys = keys;
    }

    /** A receipt for the event in the student's chain, or why there is none. */
    public ReceiptIssue issue(String studentId, String eventId) {
        Optional<StoredEvent> row = records.event(eventId);
        Optional<ChainLink> studentLink = records.link(studentId, eventId);
        if (studentLink.isEmpty()) {
            boolean onItsWay = row.isPresent() && !records.linked(ChainLink.STORE, eventId)
                    && students.of(row.get()).filter(studentId::equals).isPresent();
            return onItsWay ? ReceiptIssue.refused(NOT_YET_COVERED, "the event is not linked into the student's "
                    + "chain yet") : ReceiptIssue.refused(UNKNOWN, "student " + studentId + " has no event " + eventId);
        }
        Optional<ChainLink> storeLink = records.link(ChainLink.STORE, eventId);
        String changed = row.isEmpty() ? "the store no longer has the event"
                : storeLink.isEmpty() ? "the store chain does not link the event"
                : !matches(row.get(), studentLink.get()) || !matches(row.get(), storeLink.get())
                ? "the stored event is no longer the one linked: it was edited or moved" : null;
        if (changed != null) {
            return ReceiptIssue.refused(STORE_CHANGED, changed);
        }
        Optional<Checkpoint> checkpoint = records.covering(storeLink.get().position());
        if (checkpoint.isEmpty()) {
            return ReceiptIssue.refused(NOT_YET_COVERED, "no signed checkpoint covers the event yet");
        }
        Receipt receipt = receipt(studentId, row.get(), studentLink.get(), storeLink.get(), checkpoint.get());
        ReceiptCheck check = new ReceiptVerifier(keys).verify(receipt);
        return check.valid() ? ReceiptIssue.issued(receipt)
                : ReceiptIssue.refused(STORE_CHANGED, "the chains no longer prove the event: " + check.reason());
    }

    /** Whether the store still holds the receipt's event as the receipt shows it, and both chains still link it. */
    public StoreCheck compareWithStore(Receipt receipt) {
        StoredEvent shown = ReceiptVerifier.stored(receipt.event());
        byte[] hash = shown.hash();
        Optional<StoredEvent> row = records.event(shown.eventId());
        if (row.isEmpty()) {
            return StoreCheck.changed(Finding.Kind.DELETED, "the store no longer has event " + shown.eventId());
        }
        if (!Arrays.equals(row.get().hash(), hash)) {
            return StoreCheck.changed(Finding.Kind.EDITED, "the stored event's bytes differ from the receipt's");
        }
        if (row.get().globalIndex() != shown.globalIndex()) {
            return StoreCheck.changed(Finding.Kind.REORDERED, "the event now stands at global index "
                    + row.get().globalIndex() + ", the receipt shows " + shown.globalIndex());
        }
        Optional<ChainLink> studentLink = records.link(receipt.studentId(), shown.eventId());
        Optional<ChainLink> storeLink = records.link(ChainLink.STORE, shown.eventId());
        if (studentLink.isEmpty() || storeLink.isEmpty() || !matches(row.get(), studentLink.get())
                || !matches(row.get(), storeLink.get())
                || studentLink.get().position() != receipt.studentLink().position()
                || storeLink.get().position() != receipt.proof().position()) {
            return StoreCheck.changed(Finding.Kind.CHAIN_BROKEN, "the student's chain or the store chain no longer "
                    + "links the event as the receipt shows");
        }
        return StoreCheck.intact();
    }

    private Receipt receipt(String studentId, StoredEvent row, ChainLink studentLink, ChainLink storeLink,
                            Checkpoint checkpoint) {
        List<Receipt.Step> following = records.links(ChainLink.STORE, storeLink.position() + 1, checkpoint.position())
                .stream().map(link -> new Receipt.Step(link.globalIndex(), Hashes.hex(link.eventHash()))).toList();
        Base64.Encoder base64 = Base64.getEncoder();
        Receipt.Event event = new Receipt.Event(row.globalIndex(), row.eventId(), row.payloadType(),
                row.payloadRevision(), row.type(), row.aggregateId(), row.sequenceNumber(), row.timestamp(),
                base64.encodeToString(row.payload()),
                row.metaData() == null ? null : base64.encodeToString(row.metaData()),
                Hashes.hex(studentLink.eventHash()), ReceiptVerifier.readable(row.payload()));
        return new Receipt(Receipt.FORMAT, studentId, event,
                new Receipt.StudentLink(studentId, studentLink.position(),
                        Hashes.hex(previous(studentId, studentLink)), Hashes.hex(studentLink.chainHash())),
                new Receipt.Proof(storeLink.position(), storeLink.globalIndex(),
                        Hashes.hex(previous(ChainLink.STORE, storeLink)), following),
                new Receipt.SignedCheckpoint(checkpoint.number(), checkpoint.position(), checkpoint.globalIndex(),
                        Hashes.hex(checkpoint.chainHash()), base64.encodeToString(checkpoint.signature())),
                new Receipt.VerifyKey("Ed25519", keys.verifyKey(), keys.fingerprint()));
    }

    private byte[] previous(String chainId, ChainLink link) {
        return link.position() == 1 ? Hashes.GENESIS : records.link(chainId, link.position() - 1)
                .map(ChainLink::chainHash).orElse(Hashes.GENESIS);
    }

    private static boolean matches(StoredEvent row, ChainLink link) {
        return row.globalIndex() == link.globalIndex() && Arrays.equals(row.hash(), link.eventHash());
    }
}
