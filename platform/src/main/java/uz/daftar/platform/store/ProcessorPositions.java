package uz.daftar.platform.store;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import org.axonframework.eventhandling.ReplayToken;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.SortedSet;
import java.util.OptionalLong;

/**
 * Where each event processor stands, read from the shared token store so that it holds across instances, and
 * where the event store's head is.
 * <p>
 * A processor's <em>watermark</em> is the highest position at and below which every segment has handled every
 * stored event. A gap-aware token (PostgreSQL store) lists positions it has not seen; most are sequence numbers of
 * appends that rolled back and will never exist, and Axon keeps them in the token for a while. Only a gap that is
 * now a stored event holds the watermark back: just below the lowest such gap.
 */
public class ProcessorPositions {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final EventStore eventStore;

    public ProcessorPositions(JdbcTemplate jdbc, Serializer serializer, EventStore eventStore) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.eventStore = eventStore;
    }

    /** The processor's watermark; empty when it has no segments yet. -1 means nothing handled yet. */
    public OptionalLong watermark(String processorName) {
        List<StoredToken> tokens = jdbc.query("SELECT token, tokenType FROM TokenEntry WHERE processorName = ?",
                (rs, row) -> new StoredToken(rs.getBytes(1), rs.getString(2)), processorName);
        return tokens.stream().mapToLong(token -> handledUpTo(token.token(), token.type())).min();
    }

    /**
     * Each segment of the processor as the shared token store holds it, by segment id: the node that owns it (none
     * when unclaimed), how far it has handled, and whether its token is a replay's.
     */
    public List<SegmentPosition> segments(String processorName) {
        List<StoredSegment> stored = jdbc.query("SELECT segment, owner, token, tokenType FROM TokenEntry "
                        + "WHERE processorName = ? ORDER BY segment",
                (rs, row) -> new StoredSegment(null, rs.getInt(1), rs.getString(2), rs.getBytes(3), rs.getString(4)),
                processorName);
        return stored.stream().map(this::position).toList();
    }

    /** The segments of every processor in the token store, by processor name, in one read. */
    public Map<String, List<SegmentPosition>> allSegments() {
        Map<String, List<SegmentPosition>> segments = new TreeMap<>();
        List<StoredSegment> stored = jdbc.query("SELECT processorName, segment, owner, token, tokenType "
                + "FROM TokenEntry ORDER BY processorName, segment", (rs, row) -> new StoredSegment(rs.getString(1),
                rs.getInt(2), rs.getString(3), rs.getBytes(4), rs.getString(5)));
        for (StoredSegment segment : stored) {
            segments.computeIfAbsent(segment.processorName(), name -> new ArrayList<>()).add(position(segment));
        }
        return segments;
    }

    /**
     * The time the event at the smallest stored position above {@code position} was recorded; empty if there is
     * none, or the store's events are not in this database (Axon Server).
     */
    public Optional<Instant> firstEventTimeAfter(long position) {
        try {
            return jdbc.query("SELECT timeStamp FROM DomainEventEntry WHERE globalIndex > ? ORDER BY globalIndex "
                    + "LIMIT 1", (rs, row) -> Instant.parse(rs.getString(1)), position).stream().findFirst();
        } catch (DataAccessException e) {
            return Optional.empty();
        }
    }

    /** The position of the newest event in the store; -1 when the store is empty. */
    public long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    /*
     * Tokens are read into memory first and their gaps looked up afterwards: looking them up while the token rows were
     * still being read would take a second pooled connection while holding the first, and enough concurrent callers
     * (read-your-writes waits) would then hold every connection of the pool while waiting for another.
     */
    private record StoredToken(byte[] token, String type) {
    }

    private record StoredSegment(String processorName, int segment, String owner, byte[] token, String type) {
    }

    private SegmentPosition position(StoredSegment stored) {
        return new SegmentPosition(stored.segment(), stored.owner(), handledUpTo(stored.token(), stored.type()),
                stored.type() != null && stored.type().equals(ReplayToken.class.getName()));
    }

    private long handledUpTo(byte[] serializedToken, String tokenType) {
        if (serializedToken == null || tokenType == null) {
            return -1;
        }
        TrackingToken token = serializer.deserialize(
                new SimpleSerializedObject<>(serializedToken, byte[].class, tokenType, null));
        TrackingToken lower = WrappedToken.unwrapLowerBound(token);
        if (lower == null) {
            return -1;
        }
        if (lower instanceof GapAwareTrackingToken gapAware && !gapAware.getGaps().isEmpty()) {
            Long firstStoredGap = firstStored(gapAware.getGaps());
            return firstStoredGap == null ? gapAware.getIndex() : firstStoredGap - 1;
        }
        return lower.position().orElse(-1);
    }

    private Long firstStored(SortedSet<Long> gaps) {
        return jdbc.queryForObject("SELECT min(globalIndex) FROM DomainEventEntry WHERE globalIndex = ANY (?)",
                Long.class, (Object) gaps.toArray(Long[]::new));
    }
}
