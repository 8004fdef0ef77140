package uz.daftar.platform.trust;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uz.daftar.events.upcasting.EventUpcasters;
import uz.daftar.platform.deadletter.StudentSequencingPolicy;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uz.daftar.platform.trust.TrustEvents.guardianLinked;

/**
 * Six events of two students at global indexes 10, 20 ... 60 (room between them for a forged one), linked by the
 * chain processor with a checkpoint every two events; then the store is tampered with as an attacker with database
 * access would, and the verification must name the kind and the event.
 */
class TamperVerifierTest {

    private static final String[] PAIR = CheckpointKeys.generate();
    private static final CheckpointKeys KEYS = CheckpointKeys.of(PAIR[0], PAIR[1]);
    private static final StudentSequencingPolicy STUDENTS = new StudentSequencingPolicy();

    private InMemoryTamperRecords records;
    private TamperVerifier verifier;

    @BeforeEach
    void sixLinkedEvents() {
        records = new InMemoryTamperRecords();
        for (int n = 1; n <= 6; n++) {
            records.events.add(guardianLinked(n * 10L, "e" + n, n % 2 == 1 ? "ali" : "vali", n));
        }
        link(records, records.allEvents());
        verifier = verifier(records);
    }

    @Test
    void anUntouchedStoreIsIntact() {
        VerificationReport report = verifier.verifyStore();

        assertThat(report.intact()).isTrue();
        assertThat(report.findings()).isEmpty();
        assertThat(report.eventsLinked()).isEqualTo(6);
        assertThat(report.checkpoints()).isEqualTo(3);
        assertThat(verifier.verifyStudent("ali").eventsLinked()).isEqualTo(3);
    }

    @Test
    void anEditedPayloadIsReportedAtThatEvent() {
        records.replace("e3", event -> new StoredEvent(event.globalIndex(), event.eventId(), event.aggregateId(),
                event.sequenceNumber(), event.type(), event.payloadType(), event.payloadRevision(), event.timestamp(),
                new String(event.payload()).replace("parent-of-ali", "stranger").getBytes(), event.metaData()));

        assertThat(verifier.verifyStore().findings())
                .extracting(Finding::kind, Finding::studentId, Finding::eventId, Finding::position)
                .containsExactly(tuple(Finding.Kind.EDITED, null, "e3", 3L),
                        tuple(Finding.Kind.EDITED, "ali", "e3", 2L));
    }

    @Test
    void aDeletedEventIsReportedAtThatEvent() {
        records.events.removeIf(event -> event.eventId().equals("e4"));

        assertThat(verifier.verifyStore().findings())
                .extracting(Finding::kind, Finding::studentId, Finding::eventId, Finding::globalIndex)
                .containsExactly(tuple(Finding.Kind.DELETED, null, "e4", 40L),
                        tuple(Finding.Kind.DELETED, "vali", "e4", 40L));
    }

    @Test
    void anInsertedEventIsReportedAtThatEvent() {
        records.events.add(guardianLinked(25, "forged", "ali", 99));

        assertThat(verifier.verifyStore().findings())
                .extracting(Finding::kind, Finding::studentId, Finding::eventId, Finding::position)
                .containsExactly(tuple(Finding.Kind.INSERTED, null, "forged", 3L),
                        tuple(Finding.Kind.INSERTED, "ali", "forged", 2L));
    }

    @Test
    void twoSwappedEventsAreReportedReorderedAtTheFirstOfThem() {
        records.replace("e1", event -> moved(event, 30));
        records.replace("e3", event -> moved(event, 10));

        assertThat(verifier.verifyStore().findings())
                .extracting(Finding::kind, Finding::studentId, Finding::eventId)
                .containsExactly(tuple(Finding.Kind.REORDERED, null, "e1"),
                        tuple(Finding.Kind.REORDERED, "ali", "e1"));
    }

    @Test
    void anEventAfterTheLastLinkedOneIsNotYetLinkedNotInserted() {
        records.events.add(guardianLinked(70, "e7", "ali", 7));

        VerificationReport report = verifier.verifyStore();

        assertThat(report.intact()).isTrue();
        assertThat(report.eventsNotYetLinked()).isEqualTo(1);
    }

    @Test
    void anEditWhoseChainsWereRecomputedIsCaughtByTheSignedCheckpoints() {
        records.replace("e5", event -> new StoredEvent(event.globalIndex(), event.eventId(), event.aggregateId(),
                event.sequenceNumber(), event.type(), event.payloadType(), event.payloadRevision(), event.timestamp(),
                event.payload(), "{\"edited\":true}".getBytes()));
        List<Checkpoint> signed = List.copyOf(records.checkpoints);
        records.links.clear();
        records.checkpoints.clear();
        link(records, records.allEvents());
        records.checkpoints.clear();
        records.checkpoints.addAll(signed);

        assertThat(verifier.verifyStore().findings())
                .extracting(Finding::kind, Finding::position)
                .containsExactly(tuple(Finding.Kind.CHECKPOINT_INVALID, 6L));
    }

    @Test
    void aCheckpointSignedWithAnotherKeyIsInvalid() {
        String[] other = CheckpointKeys.generate();
        Checkpoint first = records.checkpoints.get(0);
        records.checkpoints.set(0, new Checkpoint(1, first.position(), first.globalIndex(), first.chainHash(),
                CheckpointKeys.of(other[0], other[1]).sign(first.signedBytes())));

        assertThat(verifier.verifyStore().findings())
                .extracting(Finding::kind, Finding::detail)
                .containsExactly(tuple(Finding.Kind.CHECKPOINT_INVALID,
                        "checkpoint 1: the signature does not verify with daftar.trust.verify-key"));
    }

    @Test
    void aRemovedLinkBreaksItsChain() {
        records.links.removeIf(link -> link.chainId().equals("vali") && link.eventId().equals("e4"));

        assertThat(verifier.verifyStore().findings())
                .extracting(Finding::kind, Finding::studentId, Finding::eventId)
                .containsExactly(tuple(Finding.Kind.CHAIN_BROKEN, "vali", "e6"));
    }

    @Test
    void aStudentsVerificationNamesTheirChainOnly() {
        records.replace("e3", event -> moved(event, 35));

        VerificationReport vali = verifier.verifyStudent("vali");
        VerificationReport ali = verifier.verifyStudent("ali");

        assertThat(vali.intact()).as("another child's event moved: not in vali's chain or its anchors").isTrue();
        assertThat(ali.findings()).extracting(Finding::kind, Finding::studentId)
                .containsExactly(tuple(Finding.Kind.REORDERED, "ali"));
        assertThat(ali.headHash()).isEqualTo(Hashes.hex(records.head("ali").orElseThrow().chainHash()));
        assertThat(ali.eventsLinked()).isEqualTo(3);
    }

    @Test
    void aStudentsVerificationReadsNeitherTheWholeStoreNorOtherChains() {
        InMemoryTamperRecords scoped = new InMemoryTamperRecords() {
            @Override
            List<StoredEvent> unlinked(long after, long upTo, int limit) {
                throw new AssertionError("a student's verification must not scan the store");
            }

            @Override
            List<String> studentChains(String after, int limit) {
                throw new AssertionError("a student's verification must not walk other chains");
            }

            @Override
            List<LinkedRow> linkedRows(String chainId, long afterPosition, int limit) {
                assertThat(chainId).isEqualTo("ali");
                return super.linkedRows(chainId, afterPosition, limit);
            }
        };
        scoped.events.addAll(records.events);
        scoped.links.addAll(records.links);
        scoped.checkpoints.addAll(records.checkpoints);

        assertThat(verifier(scoped).verifyStudent("ali").intact()).isTrue();
    }

    @Test
    void aForgedEventInAStudentsStreamIsInsertedInTheirVerification() {
        records.events.add(guardianLinked(25, "forged", "ali", 99));

        assertThat(verifier.verifyStudent("ali").findings())
                .extracting(Finding::kind, Finding::studentId, Finding::eventId, Finding::position)
                .containsExactly(tuple(Finding.Kind.INSERTED, "ali", "forged", 2L));
    }

    @Test
    void aStudentsVerificationCatchesAnotherEventChangedWithTheStoreChainRecomputedBeforeTheirCheckpoint() {
        records.replace("e3", event -> new StoredEvent(event.globalIndex(), event.eventId(), event.aggregateId(),
                event.sequenceNumber(), event.type(), event.payloadType(), event.payloadRevision(), event.timestamp(),
                event.payload(), "{\"edited\":true}".getBytes()));
        List<Checkpoint> signed = List.copyOf(records.checkpoints);
        records.links.clear();
        link(records, records.allEvents());
        records.checkpoints.clear();
        records.checkpoints.addAll(signed);

        assertThat(verifier.verifyStudent("vali").findings())
                .extracting(Finding::kind, Finding::position)
                .containsExactly(tuple(Finding.Kind.CHECKPOINT_INVALID, 4L));
    }

    @Test
    void aBrokenStoreLinkBetweenAStudentsEventAndItsCheckpointIsReportedInTheirVerification() {
        records.links.replaceAll(link -> link.chainId().equals(ChainLink.STORE) && link.position() == 5
                ? new ChainLink(link.chainId(), 5, link.eventId(), link.globalIndex(), link.eventHash(),
                Hashes.GENESIS) : link);

        assertThat(verifier.verifyStudent("ali").findings())
                .extracting(Finding::kind, Finding::studentId, Finding::position)
                .containsExactly(tuple(Finding.Kind.CHAIN_BROKEN, null, 5L));
    }

    @Test
    void linkingAnEventTwiceChangesNothing() {
        List<ChainLink> before = List.copyOf(records.links);

        link(records, records.allEvents());

        assertThat(records.links).isEqualTo(before);
    }

    /** A verifier that reads two links or rows at a time, so that every test goes through several pages. */
    private static TamperVerifier verifier(InMemoryTamperRecords records) {
        return new TamperVerifier(records, new EventStudents(TrustEvents.SERIALIZER, EventUpcasters.chain(),
                STUDENTS), CheckpointKeys.of(null, PAIR[1]), 2);
    }

    private static void link(InMemoryTamperRecords records, List<StoredEvent> events) {
        TamperChain chain = new TamperChain(records, STUDENTS, KEYS, 2);
        events.forEach(event -> chain.on(null, TrustEvents.message(event)));
    }

    private static StoredEvent moved(StoredEvent event, long globalIndex) {
        return new StoredEvent(globalIndex, event.eventId(), event.aggregateId(), event.sequenceNumber(), event.type(),
                event.payloadType(), event.payloadRevision(), event.timestamp(), event.payload(), event.metaData());
    }
}
