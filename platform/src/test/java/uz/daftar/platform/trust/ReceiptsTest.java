package uz.daftar.platform.trust;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uz.daftar.events.upcasting.EventUpcasters;
import uz.daftar.platform.deadletter.StudentSequencingPolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.daftar.platform.trust.TrustEvents.guardianLinked;

/**
 * Six events of ali (odd) and vali (even) at global indexes 10 ... 60, a checkpoint every four store links: events 1
 * to 4 are covered by checkpoint 1, events 5 and 6 by none yet.
 */
class ReceiptsTest {

    private static final String[] PAIR = CheckpointKeys.generate();
    private static final CheckpointKeys KEYS = CheckpointKeys.of(PAIR[0], PAIR[1]);

    private InMemoryTamperRecords records;
    private Receipts receipts;

    @BeforeEach
    void sixLinkedEvents() {
        records = sixLinkedEvents(KEYS, 4);
        receipts = receipts(records, PAIR[1]);
    }

    @Test
    void aCoveredEventGetsAReceiptProvenByTheSmallestCoveringCheckpoint() {
        ReceiptIssue issue = receipts.issue("vali", "e4");

        assertThat(issue.outcome()).isEqualTo(ReceiptIssue.Outcome.ISSUED);
        Receipt receipt = issue.receipt();
        assertThat(receipt.checkpoint().number()).isEqualTo(1);
        assertThat(receipt.proof().position()).isEqualTo(4);
        assertThat(receipt.proof().following()).isEmpty();
        assertThat(receipt.studentLink().position()).isEqualTo(2);
        assertThat(receipt.event().decodedPayload().get("studentId").asText()).isEqualTo("vali");
        assertThat(receipt.verifyKey().fingerprint()).isEqualTo(KEYS.fingerprint());
        assertThat(new ReceiptVerifier(PAIR[1]).verify(receipt).valid()).isTrue();
    }

    @Test
    void anEventNoCheckpointCoversYetHasNoReceiptYet() {
        assertThat(receipts.issue("ali", "e5").outcome()).isEqualTo(ReceiptIssue.Outcome.NOT_YET_COVERED);
    }

    @Test
    void anEventOfTheStudentNotLinkedYetHasNoReceiptYet() {
        records.events.add(guardianLinked(70, "e7", "ali", 7));

        assertThat(receipts.issue("ali", "e7").outcome()).isEqualTo(ReceiptIssue.Outcome.NOT_YET_COVERED);
    }

    @Test
    void anotherStudentsEventOrAnUnknownOneIsUnknown() {
        assertThat(receipts.issue("ali", "e2").outcome()).isEqualTo(ReceiptIssue.Outcome.UNKNOWN);
        assertThat(receipts.issue("ali", "nope").outcome()).isEqualTo(ReceiptIssue.Outcome.UNKNOWN);
        records.events.add(guardianLinked(70, "e7", "vali", 7));
        assertThat(receipts.issue("ali", "e7").outcome()).isEqualTo(ReceiptIssue.Outcome.UNKNOWN);
    }

    @Test
    void anEditedEventGetsNoReceipt() {
        records.replace("e1", ReceiptsTest::edited);

        ReceiptIssue issue = receipts.issue("ali", "e1");

        assertThat(issue.outcome()).isEqualTo(ReceiptIssue.Outcome.STORE_CHANGED);
        assertThat(issue.receipt()).isNull();
    }

    @Test
    void anEditAfterTheEventInTheStoreChainWhoseLinksWereRecomputedGetsNoReceipt() {
        records.links.replaceAll(link -> link.chainId().equals(ChainLink.STORE) && link.position() == 3
                ? new ChainLink(link.chainId(), 3, link.eventId(), link.globalIndex(), Hashes.GENESIS,
                link.chainHash()) : link);

        assertThat(receipts.issue("ali", "e1").outcome()).isEqualTo(ReceiptIssue.Outcome.STORE_CHANGED);
    }

    @Test
    void theStoreComparisonNamesWhatChangedSinceTheReceipt() {
        Receipt receipt = receipts.issue("ali", "e3").receipt();
        assertThat(receipts.compareWithStore(receipt).unchanged()).isTrue();

        records.replace("e3", ReceiptsTest::edited);
        assertThat(receipts.compareWithStore(receipt).kind()).isEqualTo(Finding.Kind.EDITED);

        records.events.removeIf(event -> event.eventId().equals("e3"));
        assertThat(receipts.compareWithStore(receipt).kind()).isEqualTo(Finding.Kind.DELETED);
    }

    static InMemoryTamperRecords sixLinkedEvents(CheckpointKeys keys, long checkpointEvery) {
        InMemoryTamperRecords records = new InMemoryTamperRecords();
        for (int n = 1; n <= 6; n++) {
            records.events.add(guardianLinked(n * 10L, "e" + n, n % 2 == 1 ? "ali" : "vali", n));
        }
        TamperChain chain = new TamperChain(records, new StudentSequencingPolicy(), keys, checkpointEvery);
        records.allEvents().forEach(event -> chain.on(null, TrustEvents.message(event)));
        return records;
    }

    static Receipts receipts(TamperRecords records, String verifyKey) {
        return new Receipts(records, new EventStudents(TrustEvents.SERIALIZER, EventUpcasters.chain(),
                new StudentSequencingPolicy()), CheckpointKeys.of(null, verifyKey));
    }

    private static StoredEvent edited(StoredEvent event) {
        return new StoredEvent(event.globalIndex(), event.eventId(), event.aggregateId(), event.sequenceNumber(),
                event.type(), event.payloadType(), event.payloadRevision(), event.timestamp(), event.payload(),
                "{\"edited\":true}".getBytes());
    }
}
