package uz.daftar.platform.trust;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of the tamper evidence: stored events read as rows, chain links and checkpoints read and written. Reads
 * that may span the store come in pages (decision 0009, Limits).
 */
public class TamperRecords {

    private static final String EVENT_COLUMNS = "globalIndex, eventIdentifier, aggregateIdentifier, sequenceNumber, "
            + "type, payloadType, payloadRevision, timeStamp, payload, metaData";
    private static final RowMapper<StoredEvent> EVENT = (rs, row) -> new StoredEvent(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
            rs.getBytes(9), rs.getBytes(10));
    private static final RowMapper<ChainLink> LINK = (rs, row) -> new ChainLink(rs.getString(1), rs.getLong(2),
            rs.getString(3), rs.getLong(4), rs.getBytes(5), rs.getBytes(6));
    private static final String NOT_LINKED = "NOT EXISTS (SELECT 1 FROM tamper_chain_link l "
            + "WHERE l.chain_id = '' AND l.event_id = e.eventIdentifier)";
    private static final String LINK_COLUMNS = "chain_id, position, event_id, global_index, event_hash, chain_hash";
    private static final String CHECKPOINT_COLUMNS = "checkpoint_no, position, global_index, chain_hash, signature";
    private static final RowMapper<Checkpoint> CHECKPOINT = (rs, row) -> new Checkpoint(rs.getLong(1), rs.getLong(2),
            rs.getLong(3), rs.getBytes(4), rs.getBytes(5));

    private final JdbcTemplate jdbc;

    public TamperRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredEvent> event(String eventId) {
        return jdbc.query("SELECT " + EVENT_COLUMNS + " FROM DomainEventEntry WHERE eventIdentifier = ?", EVENT,
                eventId).stream().findFirst();
    }

    Optional<ChainLink> head(String chainId) {
        return jdbc.query("SELECT " + LINK_COLUMNS + " FROM tamper_chain_link WHERE chain_id = ? "
                + "ORDER BY position DESC LIMIT 1", LINK, chainId).stream().findFirst();
    }

    boolean linked(String chainId, String eventId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM tamper_chain_link "
                + "WHERE chain_id = ? AND event_id = ?)", Boolean.class, chainId, eventId));
    }

    void append(ChainLink link) {
        jdbc.update("INSERT INTO tamper_chain_link (" + LINK_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)",
                link.chainId(), link.position(), link.eventId(), link.globalIndex(), link.eventHash(),
                link.chainHash());
    }

    void append(Checkpoint checkpoint) {
        jdbc.update("INSERT INTO tamper_checkpoint (checkpoint_no, position, global_index, chain_hash, signature) "
                        + "VALUES (?, ?, ?, ?, ?)", checkpoint.number(), checkpoint.position(),
                checkpoint.globalIndex(), checkpoint.chainHash(), checkpoint.signature());
    }

    /**
     * A page of the chain's links after {@code afterPosition}, by position, each with its stored row and its store
     * link (by event id, both indexed), so that a verification holds one page at a time.
     */
    List<LinkedRow> linkedRows(String chainId, long afterPosition, int limit) {
        return jdbc.query("SELECT l.chain_id, l.position, l.event_id, l.global_index, l.event_hash, l.chain_hash, "
                + "e.globalIndex, e.eventIdentifier, e.aggregateIdentifier, e.sequenceNumber, e.type, e.payloadType, "
                + "e.payloadRevision, e.timeStamp, e.payload, e.metaData, "
                + "s.chain_id, s.position, s.event_id, s.global_index, s.event_hash, s.chain_hash "
                + "FROM tamper_chain_link l LEFT JOIN DomainEventEntry e ON e.eventIdentifier = l.event_id "
                + "LEFT JOIN tamper_chain_link s ON s.chain_id = '' AND s.event_id = l.event_id "
                + "WHERE l.chain_id = ? AND l.position > ? ORDER BY l.position LIMIT ?", (rs, row) -> new LinkedRow(
                new ChainLink(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getBytes(5),
                        rs.getBytes(6)),
                rs.getString(8) == null ? null : new StoredEvent(rs.getLong(7), rs.getString(8), rs.getString(9),
                        rs.getLong(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                        rs.getBytes(15), rs.getBytes(16)),
                rs.getString(19) == null ? null : new ChainLink(rs.getString(17), rs.getLong(18), rs.getString(19),
                        rs.getLong(20), rs.getBytes(21), rs.getBytes(22))), chainId, afterPosition, limit);
    }

    /** Up to {@code limit} student chain ids after {@code after}, in order: a loose index scan of the link key. */
    List<String> studentChains(String after, int limit) {
        return jdbc.queryForList("""
                WITH RECURSIVE chains(id) AS (
                    SELECT min(chain_id) FROM tamper_chain_link WHERE chain_id > ?
                    UNION ALL
                    SELECT (SELECT min(chain_id) FROM tamper_chain_link WHERE chain_id > chains.id)
                    FROM chains WHERE chains.id IS NOT NULL)
                SELECT id FROM chains WHERE id IS NOT NULL LIMIT ?
                """, String.class, after, limit);
    }

    /** The highest global index the chain links, if any (index {@code tamper_chain_link_global_idx}). */
    Optional<Long> lastGlobalIndex(String chainId) {
        return Optional.ofNullable(jdbc.queryForObject("SELECT max(global_index) FROM tamper_chain_link "
                + "WHERE chain_id = ?", Long.class, chainId));
    }

    /** The position of the chain's link with the highest global index below {@code globalIndex}; 0 if none. */
    long positionBefore(String chainId, long globalIndex) {
        return jdbc.queryForList("SELECT position FROM tamper_chain_link WHERE chain_id = ? AND global_index < ? "
                + "ORDER BY global_index DESC LIMIT 1", Long.class, chainId, globalIndex).stream().findFirst()
                .orElse(0L);
    }

    /** A page of stored events the store chain does not link, above {@code after} up to {@code upTo}. */
    List<StoredEvent> unlinked(long after, long upTo, int limit) {
        return jdbc.query("SELECT " + EVENT_COLUMNS + " FROM DomainEventEntry e WHERE globalIndex > ? "
                + "AND globalIndex <= ? AND " + NOT_LINKED + " ORDER BY globalIndex LIMIT ?", EVENT, after, upTo,
                limit);
    }

    /** Stored events above the global index that the store chain does not link (yet). */
    long countUnlinkedAbove(long globalIndex) {
        return jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry e WHERE globalIndex > ? AND " + NOT_LINKED,
                Long.class, globalIndex);
    }

    /** Stored events of the streams below {@code below} that the store chain does not link, by global index. */
    List<StoredEvent> unlinkedOfStreams(Collection<String> aggregateIds, long below) {
        if (aggregateIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT " + EVENT_COLUMNS + " FROM DomainEventEntry e WHERE aggregateIdentifier = ANY (?) "
                + "AND globalIndex < ? AND " + NOT_LINKED + " ORDER BY globalIndex", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("varchar", aggregateIds.toArray()));
            ps.setLong(2, below);
        }, EVENT);
    }

    /** A page of the checkpoints after number {@code after}, by number. */
    List<Checkpoint> checkpoints(long after, int limit) {
        return jdbc.query("SELECT " + CHECKPOINT_COLUMNS + " FROM tamper_checkpoint WHERE checkpoint_no > ? "
                + "ORDER BY checkpoint_no LIMIT ?", CHECKPOINT, after, limit);
    }

    Optional<ChainLink> link(String chainId, String eventId) {
        return jdbc.query("SELECT " + LINK_COLUMNS + " FROM tamper_chain_link WHERE chain_id = ? AND event_id = ?",
                LINK, chainId, eventId).stream().findFirst();
    }

    Optional<ChainLink> link(String chainId, long position) {
        return jdbc.query("SELECT " + LINK_COLUMNS + " FROM tamper_chain_link WHERE chain_id = ? AND position = ?",
                LINK, chainId, position).stream().findFirst();
    }

    /** The chain's links from {@code fromPosition} to {@code toPosition}, both included, by position. */
    List<ChainLink> links(String chainId, long fromPosition, long toPosition) {
        return jdbc.query("SELECT " + LINK_COLUMNS + " FROM tamper_chain_link WHERE chain_id = ? "
                + "AND position BETWEEN ? AND ? ORDER BY position", LINK, chainId, fromPosition, toPosition);
    }

    /** The checkpoint with the smallest position at or after {@code position}. */
    Optional<Checkpoint> covering(long position) {
        return jdbc.query("SELECT " + CHECKPOINT_COLUMNS + " FROM tamper_checkpoint WHERE position >= ? "
                + "ORDER BY position LIMIT 1", CHECKPOINT, position).stream().findFirst();
    }

    /**
     * The last link of the chain whose event the store recorded before {@code until} (the store's own timestamp of the
     * append, not the event's business time), with when it was recorded.
     */
    Optional<RecordedLink> lastLinkRecordedBefore(String chainId, Instant until) {
        return jdbc.query("SELECT l.chain_id, l.position, l.event_id, l.global_index, l.event_hash, l.chain_hash, "
                        + "e.timeStamp FROM tamper_chain_link l "
                        + "JOIN DomainEventEntry e ON e.eventIdentifier = l.event_id "
                        + "WHERE l.chain_id = ? AND e.timeStamp::timestamptz < ? ORDER BY l.position DESC LIMIT 1",
                (rs, row) -> new RecordedLink(LINK.mapRow(rs, row), Instant.parse(rs.getString(7))),
                chainId, Timestamp.from(until)).stream().findFirst();
    }

    /** A link and the time the store recorded its event. */
    record RecordedLink(ChainLink link, Instant recordedAt) {
    }

    /** The stored rows of a chain's links, by global index: a student's events as far as the chain has linked them. */
    List<StoredEvent> rowsOfChain(String chainId) {
        return jdbc.query("SELECT " + qualified("e") + " FROM tamper_chain_link l "
                + "JOIN DomainEventEntry e ON e.globalIndex = l.global_index WHERE l.chain_id = ? "
                + "ORDER BY e.globalIndex", EVENT, chainId);
    }

    /**
     * The stored rows the store chain has not linked, from {@code window} below its head onwards: those it has not
     * reached yet, and those that committed late into a gap below it.
     */
    List<StoredEvent> unlinkedNearHead(long window) {
        return jdbc.query("SELECT " + qualified("e") + " FROM DomainEventEntry e "
                + "WHERE e.globalIndex > COALESCE((SELECT MAX(global_index) FROM tamper_chain_link WHERE chain_id = ?), "
                + "-1) - ? AND NOT EXISTS (SELECT 1 FROM tamper_chain_link l WHERE l.chain_id = ? "
                + "AND l.event_id = e.eventIdentifier) ORDER BY e.globalIndex", EVENT, ChainLink.STORE, window,
                ChainLink.STORE);
    }

    private static String qualified(String alias) {
        return alias + "." + EVENT_COLUMNS.replace(", ", ", " + alias + ".");
    }
}
