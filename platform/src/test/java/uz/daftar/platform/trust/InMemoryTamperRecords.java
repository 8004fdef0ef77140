package uz.daftar.platform.trust;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A fake store and chain tables: the rows, in memory, that a test may edit as an attacker would. */
class InMemoryTamperRecords extends TamperRecords {

    final List<StoredEvent> events = new ArrayList<>();
    final List<ChainLink> links = new ArrayList<>();
    final List<Checkpoint> checkpoints = new ArrayList<>();

    InMemoryTamperRecords() {
        super(null);
    }

    @Override
    Optional<StoredEvent> event(String eventId) {
        return events.stream().filter(event -> event.eventId().equals(eventId)).findFirst();
    }

    @Override
    List<StoredEvent> allEvents() {
        return events.stream().sorted(Comparator.comparingLong(StoredEvent::globalIndex)).toList();
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
    List<ChainLink> allLinks() {
        return links.stream().sorted(Comparator.comparing(ChainLink::chainId)
                .thenComparingLong(ChainLink::position)).toList();
    }

    @Override
    List<ChainLink> links(String chainId) {
        return links.stream().filter(link -> link.chainId().equals(chainId))
                .sorted(Comparator.comparingLong(ChainLink::position)).toList();
    }

    @Override
    List<Checkpoint> checkpoints() {
        return checkpoints.stream().sorted(Comparator.comparingLong(Checkpoint::number)).toList();
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

    void replace(String eventId, java.util.function.UnaryOperator<StoredEvent> change) {
        StoredEvent old = event(eventId).orElseThrow();
        events.set(events.indexOf(old), change.apply(old));
    }
}
