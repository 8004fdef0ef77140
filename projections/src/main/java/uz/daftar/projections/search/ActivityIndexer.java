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
 * <p>
 * Each document carries the student's {@code region} and {@code ageBand} as they stood when the event happened
 * ({@link StudentStanding}), looked up in the indexer's own tables ({@link ActivityLookups}) when the event is
 * indexed. That is deterministic because this processor sees events in store order, live and on replay (one segment,
 * query-side.yml), and in the store a student's registration precedes their other events and a centre's
 * registration precedes the enrolments in its classes. Dead letters are the exception: a student's events wait in
 * order behind a parked one, but a centre whose registration is parked gives its students no region until the next
 * replay.
 */
@Component
@ProcessingGroup(ActivityIndexer.PROCESSING_GROUP)
public class ActivityIndexer {

    public static final String PROCESSING_GROUP = "activity-index";
    public static final String INDEX_ALIAS = "activity";

    private static final String STAGED = ActivityIndexer.class.getName() + ".staged";

    private final ElasticsearchClient elasticsearch;
    private final ActivityIndex index;
    private final ActivityLookups lookups;

    ActivityIndexer(ElasticsearchClient elasticsearch, ActivityIndex index, ActivityLookups lookups) {
        this.elasticsearch = elasticsearch;
        this.index = index;
        this.lookups = lookups;
    }

    /**
     * Every event that concerns a student becomes one document, with where the student stood then; other events
     * are not activity, but a centre's registration is remembered for its students' region.
     */
    @EventHandler
    void on(Object event, EventMessage<?> message, @SequenceNumber long sequence) {
        lookups.remember(event);
        LearnerDocuments.of(event)
                .or(() -> PracticeDocuments.of(event))
                .or(() -> ProgressDocuments.of(event))
                .or(() -> CoinDocuments.of(event))
                .or(() -> GameDocuments.of(event))
                .or(() -> OlympiadDocuments.of(event))
                .map(document -> lookups.standing(document.studentId(), document.occurredAt()).describe(document))
                .ifPresent(document -> stage(document.stored(message.getIdentifier(), sequence)));
    }

    @ResetHandler
    void reset() {
        lookups.clear();
        index.recreate();
    }

    private void stage(Map<String, Object> document) {
        BulkOperation operation = BulkOperation.of(op -> op.index(write -> write
                .index(INDEX_ALIAS)
                .id((String) document.get("eventId"))
                .version((Long) document.get("sequence"))
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
