package uz.daftar.platform.trust;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

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

    List<Checkpoint> checkpoints() {
        return jdbc.query("SELECT " + CHECKPOINT_COLUMNS + " FROM tamper_checkpoint ORDER BY checkpoint_no",
                CHECKPOINT);
    }
}
