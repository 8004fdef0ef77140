package uz.daftar.platform.trust;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The SQL of the tamper evidence: stored events read as rows, chain links and checkpoints read and written. */
public class TamperRecords {

    private static final String EVENT_COLUMNS = "globalIndex, eventIdentifier, aggregateIdentifier, sequenceNumber, "
            + "type, payloadType, payloadRevision, timeStamp, payload, metaData";
    private static final RowMapper<StoredEvent> EVENT = (rs, row) -> new StoredEvent(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
            rs.getBytes(9), rs.getBytes(10));
    private static final RowMapper<ChainLink> LINK = (rs, row) -> new ChainLink(rs.getString(1), rs.getLong(2),
            rs.getString(3), rs.getLong(4), rs.getBytes(5), rs.getBytes(6));
    private static final String LINK_COLUMNS = "chain_id, position, event_id, global_index, event_hash, chain_hash";

    private final JdbcTemplate jdbc;

    public TamperRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredEvent> event(String eventId) {
        return jdbc.query("SELECT " + EVENT_COLUMNS + " FROM DomainEventEntry WHERE eventIdentifier = ?", EVENT,
                eventId).stream().findFirst();
    }

    /** Every stored event in global order. The first increment reads the whole store into memory (decision 0009). */
    List<StoredEvent> allEvents() {
        return jdbc.query("SELECT " + EVENT_COLUMNS + " FROM DomainEventEntry ORDER BY globalIndex", EVENT);
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

    /** Every link of every chain, by chain and position. */
    List<ChainLink> allLinks() {
        return jdbc.query("SELECT " + LINK_COLUMNS + " FROM tamper_chain_link ORDER BY chain_id, position", LINK);
    }

    List<ChainLink> links(String chainId) {
        return jdbc.query("SELECT " + LINK_COLUMNS + " FROM tamper_chain_link WHERE chain_id = ? ORDER BY position",
                LINK, chainId);
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

    /** The position of the event in the store chain, once linked there. */
    Optional<Long> storePosition(String eventId) {
        return jdbc.queryForList("SELECT position FROM tamper_chain_link WHERE chain_id = ? AND event_id = ?",
                Long.class, ChainLink.STORE, eventId).stream().findFirst();
    }

    /** The first checkpoint at or after the store chain's {@code position}: the one that signs a head covering it. */
    Optional<Checkpoint> firstCheckpointFrom(long position) {
        return jdbc.query("SELECT checkpoint_no, position, global_index, chain_hash, signature FROM tamper_checkpoint "
                + "WHERE position >= ? ORDER BY checkpoint_no LIMIT 1", (rs, row) -> new Checkpoint(rs.getLong(1),
                rs.getLong(2), rs.getLong(3), rs.getBytes(4), rs.getBytes(5)), position).stream().findFirst();
    }

    /** A link and the time the store recorded its event. */
    record RecordedLink(ChainLink link, Instant recordedAt) {
    }

    List<Checkpoint> checkpoints() {
        return jdbc.query("SELECT checkpoint_no, position, global_index, chain_hash, signature FROM tamper_checkpoint "
                + "ORDER BY checkpoint_no", (rs, row) -> new Checkpoint(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                rs.getBytes(4), rs.getBytes(5)));
    }
}
