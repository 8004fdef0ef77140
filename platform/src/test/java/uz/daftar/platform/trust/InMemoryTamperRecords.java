package uz.daftar.platform.trust;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** A fake store and chain tables: the rows, in memory, that a test may edit as an attacker would. */
class InMemoryTamperRecords extends TamperRecords {

    final List<StoredEvent> events = new ArrayList<>();
    final List<ChainLink> links = new ArrayList<>();
    final List<Checkpoint> checkpoints = new ArrayList<>();

    InMemoryTamperRecords() {
        super(null);
    }

    /** Every stored event in global order. */
    List<StoredEvent> allEvents() {
        return events.stream().sorted(Comparator.comparingLong(StoredEvent::globalIndex)).toList();
    }

    List<ChainLink> links(String chainId) {
        return links.stream().filter(link -> link.chainId().equals(chainId))
                .sorted(Comparator.comparingLong(ChainLink::position)).toList();
    }

    @Override
    Optional<StoredEvent> event(String eventId) {
        return events.stream().filter(event -> event.eventId().equals(eventId)).findFirst();
    }

    @Override
    Optional<ChainLink> head(String chainId) {
        return links(chainId).stream().reduce((first, second) -> second);
    }

    @Override
    boolean linked(String chainId, String eventId) {
        return links.stream().anyMatch(link -> link.chainId().equals(chainId) && link.eventId().equals(eventId));
    }

    @Override
    void append(ChainLink link) {
        links.add(link);
    }

    @Override
    void append(Checkpoint checkpoint) {
        checkpoints.add(checkpoint);
    }

    @Override
    List<LinkedRow> linkedRows(String chainId, long afterPosition, int limit) {
        return links(chainId).stream().filter(link -> link.position() > afterPosition).limit(limit)
                .map(link -> new LinkedRow(link, event(link.eventId()).orElse(null),
                        link(ChainLink.STORE, link.eventId()).orElse(null))).toList();
    }

    @Override
    List<String> studentChains(String after, int limit) {
        return links.stream().map(ChainLink::chainId).filter(chain -> chain.compareTo(after) > 0).distinct()
                .sorted().limit(limit).toList();
    }

    @Override
    Optional<Long> lastGlobalIndex(String chainId) {
        return links(chainId).stream().map(ChainLink::globalIndex).max(Long::compare);
    }

    @Override
    long positionBefore(String chainId, long globalIndex) {
        return links(chainId).stream().filter(link -> link.globalIndex() < globalIndex)
                .max(Comparator.comparingLong(ChainLink::globalIndex)).map(ChainLink::position).orElse(0L);
    }

    @Override
    List<StoredEvent> unlinked(long after, long upTo, int limit) {
        return allEvents().stream().filter(event -> event.globalIndex() > after && event.globalIndex() <= upTo)
                .filter(event -> !linked(ChainLink.STORE, event.eventId())).limit(limit).toList();
    }

    @Override
    long countUnlinkedAbove(long globalIndex) {
        return allEvents().stream().filter(event -> event.globalIndex() > globalIndex)
                .filter(event -> !linked(ChainLink.STORE, event.eventId())).count();
    }

    @Override
    List<StoredEvent> unlinkedOfStreams(Collection<String> aggregateIds, long below) {
        return allEvents().stream().filter(event -> aggregateIds.contains(event.aggregateId()))
                .filter(event -> event.globalIndex() < below && !linked(ChainLink.STORE, event.eventId())).toList();
    }

    @Override
    List<Checkpoint> checkpoints(long after, int limit) {
        return checkpoints.stream().filter(checkpoint -> checkpoint.number() > after)
                .sorted(Comparator.comparingLong(Checkpoint::number)).limit(limit).toList();
    }

    @Override
    Optional<ChainLink> link(String chainId, String eventId) {
        return links(chainId).stream().filter(link -> link.eventId().equals(eventId)).findFirst();
    }

    @Override
    Optional<ChainLink> link(String chainId, long position) {
        return links(chainId).stream().filter(link -> link.position() == position).findFirst();
    }

    @Override
    List<ChainLink> links(String chainId, long fromPosition, long toPosition) {
        return links(chainId).stream()
                .filter(link -> link.position() >= fromPosition && link.position() <= toPosition).toList();
    }

    @Override
    Optional<Checkpoint> covering(long position) {
        return checkpoints.stream().filter(checkpoint -> checkpoint.position() >= position)
                .min(Comparator.comparingLong(Checkpoint::position));
    }

    void replace(String eventId, UnaryOperator<StoredEvent> change) {
        StoredEvent old = event(eventId).orElseThrow();
        events.set(events.indexOf(old), change.apply(old));
    }
}
