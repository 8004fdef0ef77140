package uz.daftar.projections.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;
import uz.daftar.events.coins.CoinAwardCapped;
import uz.daftar.events.coins.CoinsAdjusted;
import uz.daftar.events.coins.CoinsAwarded;
import uz.daftar.events.coins.CoinsHeld;
import uz.daftar.events.coins.CoinsSpent;
import uz.daftar.events.coins.HoldCaptured;
import uz.daftar.events.coins.HoldReleased;
import uz.daftar.events.coins.LedgerEntryReversed;
import uz.daftar.events.learner.GuardianLinked;
import uz.daftar.events.learner.StudentEnrolled;
import uz.daftar.events.learner.StudentRegistered;
import uz.daftar.events.practice.PracticeAnswerRecorded;
import uz.daftar.events.progress.BadgeEarned;
import uz.daftar.events.progress.LevelReached;
import uz.daftar.events.progress.StreakChanged;
import uz.daftar.events.progress.StreakFreezeEarned;
import uz.daftar.events.progress.StreakFreezeUsed;
import uz.daftar.events.progress.XpAwarded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The activity index: one document per event, for search and analytics by admins and analysts.
 * <p>
 * The document id is the event's id and the external version its sequence number in its stream (both fixed
 * when the event was stored), so writing a document again (a retry, a replay) changes nothing. Documents of one processing batch go to Elasticsearch as one bulk
 * request when the batch commits; if Elasticsearch is away, the batch fails and is retried, and only this
 * processor waits.
 */
@Component
@ProcessingGroup(ActivityIndexer.PROCESSING_GROUP)
public class ActivityIndexer {

    public static final String PROCESSING_GROUP = "activity-index";
    public static final String INDEX_ALIAS = "activity";

    private static final String STAGED = ActivityIndexer.class.getName() + ".staged";

    private final ElasticsearchClient elasticsearch;
    private final ActivityIndex index;

    ActivityIndexer(ElasticsearchClient elasticsearch, ActivityIndex index) {
        this.elasticsearch = elasticsearch;
        this.index = index;
    }

    @EventHandler
    void on(StudentRegistered event, EventMessage<?> message, @SequenceNumber long sequence) {
        stage(message, sequence, ActivityDocuments.of(event));
    }

    @EventHandler
    void on(GuardianLinked event, EventMessage<?> message, @SequenceNumber long sequence) {
        stage(message, sequence, ActivityDocuments.of(event));
    }

    @EventHandler
    void on(StudentEnrolled event, EventMessage<?> message, @SequenceNumber long sequence) {
        stage(message, sequence, ActivityDocuments.of(event));
    }

    @EventHandler
    void on(PracticeAnswerRecorded event, EventMessage<?> message, @SequenceNumber long sequence) {
        stage(message, sequence, ActivityDocuments.of(event));
    }

    @EventHandler
    void on(XpAwarded event, EventMessage<?> message, @SequenceNumber long sequence) {
        stage(message, sequence, ActivityDocuments.of(event));
    }

    @EventHandler
    void on(CoinsAwarded e, EventMessage<?> message, @SequenceNumber long sequence) {
        stage(message, sequence, ActivityDocuments.coins("CoinsAwarded", e.studentId(), e.occurredAt(), e.entryId(),
                e.amount(), "Earned " + e.amount() + " coin(s) for " + e.sourceType() + " " + e.sourceEventId()
                        + " under rule " + e.ruleVersion() + "; balance " + e.balanceAfter() + "."));
    }

    @EventHandler
    void on(CoinAwardCapped e, EventMessage<?> message, @SequenceNumber long sequence) {
        stage(message, sequence, ActivityDocuments.coins("CoinAwardCapped", e.studentId(), e.occurredAt(),
                e.entryId(), 0, "No coins for " + e.sourceEventId() + ": the daily cap of " + e.dailyCap()
                        + " was reached on " + e.day() + "."));
    }

    @EventHandler
    void on(CoinsSpent e, EventMessage<?> message, @SequenceNumber long sequence) {
        stage(message, sequence, ActivityDocuments.coins("CoinsSpent", e.studentId(), e.spentAt(), e.entryId(),
                e.amount(), "Spent " + e.amount() + " coin(s) on " + e.purpose() + "; balance " + e.balanceAfter()
                        + "."));
    }

    @EventHandler
    void on(CoinsHeld e, EventMessage<?> message, @SequenceNumber long sequence) {
        stage(message, sequence, ActivityDocuments.coins("CoinsHeld", e.studentId(), e.heldAt(), "hold:" + e.holdId(),
                e.amount(), e.amount() + " coin(s) held for " + e.purpose() + " until " + e.expiresAt() + "."));
    }

    @EventHandler
    void on(HoldCaptured e, EventMessage<?> message, @SequenceNumber long sequence) {
        stage(message, sequence, ActivityDocuments.coins("HoldCaptured", e.studentId(), e.capturedAt(), e.entryId(),
                e.amount(), "The " + e.amount() + " held coin(s) of hold " + e.holdId() + " were used."));
    }

    @EventHandler
    void on(HoldReleased e, EventMessage<?> message, @SequenceNumber long sequence) {
        stage(message, sequence, ActivityDocuments.coins("HoldReleased", e.studentId(), e.releasedAt(), e.entryId(),
                e.amount(), "The " + e.amount() + " held coin(s) of hold " + e.holdId() + " came back"
                        + (e.expired() ? " when the hold expired" : "") + "; balance " + e.balanceAfter() + "."));
    }

    @EventHandler
    void on(LedgerEntryReversed e, EventMessage<?> message, @SequenceNumber long sequence) {
        stage(message, sequence, ActivityDocuments.coins("LedgerEntryReversed", e.studentId(), e.reversedAt(),
                e.entryId(), e.amount(), "Entry " + e.reversedEntryId() + " was reversed: " + e.reason()
                        + "; balance " + e.balanceAfter() + "."));
    }

    @EventHandler
    void on(CoinsAdjusted e, EventMessage<?> message, @SequenceNumber long sequence) {
        stage(message, sequence, ActivityDocuments.coins("CoinsAdjusted", e.studentId(), e.adjustedAt(), e.entryId(),
                e.amount(), "Coins adjusted by " + e.amount() + ": " + e.reason() + "; balance " + e.balanceAfter()
                        + "."));
    }

    @EventHandler
    void on(LevelReached e, EventMessage<?> message, @SequenceNumber long sequence) {
        stage(message, sequence, ActivityDocuments.note("LevelReached", e.studentId(), e.reachedAt(),
                "Reached level " + e.level() + " with " + e.totalXp() + " XP."));
    }

    @EventHandler
    void on(StreakChanged e, EventMessage<?> message, @SequenceNumber long sequence) {
        stage(message, sequence, ActivityDocuments.note("StreakChanged", e.studentId(), e.occurredAt(),
                "Practised on " + e.day() + ": a streak of " + e.current() + " day(s) up to " + e.lastActiveDay()
                        + ", best " + e.best() + "."));
    }

    @EventHandler
    void on(StreakFreezeEarned e, EventMessage<?> message, @SequenceNumber long sequence) {
        stage(message, sequence, ActivityDocuments.note("StreakFreezeEarned", e.studentId(), e.occurredAt(),
                "A full week of practice earned a streak freeze; " + e.available() + " saved."));
    }

    @EventHandler
    void on(StreakFreezeUsed e, EventMessage<?> message, @SequenceNumber long sequence) {
        stage(message, sequence, ActivityDocuments.note("StreakFreezeUsed", e.studentId(), e.occurredAt(),
                "Streak freezes kept the streak over " + e.days() + "; " + e.available() + " left."));
    }

    @EventHandler
    void on(BadgeEarned e, EventMessage<?> message, @SequenceNumber long sequence) {
        stage(message, sequence, ActivityDocuments.note("BadgeEarned", e.studentId(), e.occurredAt(),
                "Earned the badge " + e.badgeId() + " (rules " + e.ruleVersion() + ")."));
    }

    @ResetHandler
    void reset() {
        index.recreate();
    }

    private void stage(EventMessage<?> message, long sequence, Map<String, Object> fields) {
        Map<String, Object> document = ActivityDocuments.withEnvelope(fields, message.getIdentifier(), sequence);
        BulkOperation operation = BulkOperation.of(op -> op.index(write -> write
                .index(INDEX_ALIAS)
                .id(message.getIdentifier())
                .version(sequence)
                .versionType(VersionType.ExternalGte)
                .document(document)));
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        List<BulkOperation> staged = root.getOrComputeResource(STAGED, key -> {
            List<BulkOperation> batch = new ArrayList<>();
            root.onPrepareCommit(uow -> flush(batch));
            return batch;
        });
        staged.add(operation);
    }

    private void flush(List<BulkOperation> batch) {
        if (batch.isEmpty()) {
            return;
        }
        index.ensureExists();
        try {
            BulkResponse response = elasticsearch.bulk(bulk -> bulk.operations(batch));
            List<String> failures = response.items().stream()
                    .filter(item -> item.error() != null && item.status() != 409)
                    .map(ActivityIndexer::describe)
                    .toList();
            if (!failures.isEmpty()) {
                throw new IllegalStateException("Elasticsearch refused " + failures.size() + " document(s): "
                        + failures.get(0));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable; the batch will be retried", e);
        }
    }

    private static String describe(BulkResponseItem item) {
        return item.id() + " -> " + item.status() + " " + item.error().reason();
    }
}
