package uz.daftar.projections.rebuild;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import uz.daftar.projections.ReadModels;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The rebuilds, the live version of each read model and the tokens a cut-over set aside, in the query side's
 * PostgreSQL ({@code V14__read_model_rebuilds.sql}).
 */
final class RebuildStore {

    private static final RowMapper<Rebuild> REBUILD = (rs, row) -> new Rebuild(rs.getString("id"),
            ReadModels.named(rs.getString("read_model")).orElseThrow(), rs.getInt("version"),
            rs.getInt("previous_version"), RebuildState.valueOf(rs.getString("state")), rs.getString("reason"),
            rs.getString("started_by"), instant(rs.getTimestamp("started_at")), rs.getLong("target_head"),
            instant(rs.getTimestamp("caught_up_at")), instant(rs.getTimestamp("cut_over_at")),
            instant(rs.getTimestamp("finished_at")), rs.getBoolean("retired_dropped"), rs.getString("failure"));

    private final JdbcTemplate jdbc;

    RebuildStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Rebuild rebuild) {
        jdbc.update("""
                INSERT INTO read_model_rebuild (id, read_model, version, previous_version, state, reason, started_by,
                    started_at, target_head) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rebuild.id(), rebuild.readModel().processingGroup(), rebuild.version(),
                rebuild.previousVersion(), rebuild.state().name(), rebuild.reason(), rebuild.startedBy(),
                Timestamp.from(rebuild.startedAt()), rebuild.targetHead());
    }

    Optional<Rebuild> find(String id) {
        return jdbc.query("SELECT * FROM read_model_rebuild WHERE id = ?", REBUILD, id).stream().findFirst();
    }

    /** The rebuild, locked until the transaction ends: state changes of one rebuild happen one at a time. */
    Optional<Rebuild> lock(String id) {
        return jdbc.query("SELECT * FROM read_model_rebuild WHERE id = ? FOR UPDATE", REBUILD, id).stream()
                .findFirst();
    }

    List<Rebuild> all() {
        return jdbc.query("SELECT * FROM read_model_rebuild ORDER BY started_at DESC, id", REBUILD);
    }

    List<Rebuild> active() {
        return jdbc.query("SELECT * FROM read_model_rebuild WHERE state IN ('BUILDING', 'CAUGHT_UP') ORDER BY id",
                REBUILD);
    }

    /** Serializes starts: the cap and the one-rebuild-per-model rule are checked under this lock. */
    void lockStarts() {
        jdbc.execute("LOCK TABLE read_model_rebuild IN SHARE ROW EXCLUSIVE MODE");
    }

    /** The cut-over rebuilds of a model whose retired tables are still kept. */
    List<Rebuild> withRetiredTables(ReadModels model) {
        return jdbc.query("SELECT * FROM read_model_rebuild WHERE read_model = ? AND state = 'CUT_OVER' "
                + "AND NOT retired_dropped", REBUILD, model.processingGroup());
    }

    void caughtUp(String id, Instant at) {
        jdbc.update("UPDATE read_model_rebuild SET state = 'CAUGHT_UP', caught_up_at = ? WHERE id = ? "
                + "AND state = 'BUILDING'", Timestamp.from(at), id);
    }

    void cutOver(String id, Instant at) {
        jdbc.update("UPDATE read_model_rebuild SET state = 'CUT_OVER', cut_over_at = ? WHERE id = ?",
                Timestamp.from(at), id);
    }

    void finished(String id, RebuildState state, Instant at, String failure) {
        jdbc.update("UPDATE read_model_rebuild SET state = ?, finished_at = ?, failure = ? WHERE id = ?",
                state.name(), Timestamp.from(at), failure, id);
    }

    /** The version readers see: the stored one, else the version the deployed projection writes. */
    int liveVersion(ReadModels model) {
        return jdbc.queryForList("SELECT version FROM read_model_version WHERE read_model = ?", Integer.class,
                model.processingGroup()).stream().findFirst().orElse(model.version());
    }

    void liveVersion(ReadModels model, int version, Instant since) {
        jdbc.update("""
                INSERT INTO read_model_version (read_model, version, since) VALUES (?, ?, ?)
                ON CONFLICT (read_model) DO UPDATE SET version = EXCLUDED.version, since = EXCLUDED.since
                """, model.processingGroup(), version, Timestamp.from(since));
    }

    /**
     * Gives the live processor the shadow's tokens: the live processor's own are set aside with the rebuild, its
     * parked dead letters too (they are the replaced version's), and the shadow's tokens become the live ones.
     */
    void handOverTokens(Rebuild rebuild) {
        String live = rebuild.readModel().processingGroup();
        jdbc.update("""
                INSERT INTO read_model_rebuild_token (rebuild_id, segment, token, token_type)
                SELECT ?, segment, token, tokenType FROM TokenEntry WHERE processorName = ?
                """, rebuild.id(), live);
        jdbc.update("DELETE FROM TokenEntry WHERE processorName = ?", live);
        jdbc.update("UPDATE TokenEntry SET processorName = ?, owner = NULL WHERE processorName = ?", live,
                rebuild.processorName());
        jdbc.update("UPDATE DeadLetterEntry SET processingGroup = ? WHERE processingGroup = ?",
                retiredGroup(rebuild), live);
    }

    /**
     * Gives the live processor back the tokens set aside at the cut-over, and its dead letters; the rebuilt
     * version's tokens and dead letters go with its tables; {@code at} stamps the restored tokens.
     */
    void restoreTokens(Rebuild rebuild, Instant at) {
        String live = rebuild.readModel().processingGroup();
        jdbc.update("DELETE FROM TokenEntry WHERE processorName = ?", live);
        jdbc.update("""
                INSERT INTO TokenEntry (processorName, segment, token, tokenType, timeStamp, owner)
                SELECT ?, segment, token, token_type, ?, NULL FROM read_model_rebuild_token WHERE rebuild_id = ?
                """, live, at.toString(), rebuild.id());
        jdbc.update("DELETE FROM read_model_rebuild_token WHERE rebuild_id = ?", rebuild.id());
        jdbc.update("DELETE FROM DeadLetterEntry WHERE processingGroup = ?", live);
        jdbc.update("UPDATE DeadLetterEntry SET processingGroup = ? WHERE processingGroup = ?", live,
                retiredGroup(rebuild));
    }

    /** Forgets what was set aside for a rollback of this rebuild's cut-over. */
    void forgetRetired(Rebuild rebuild) {
        jdbc.update("DELETE FROM read_model_rebuild_token WHERE rebuild_id = ?", rebuild.id());
        jdbc.update("DELETE FROM DeadLetterEntry WHERE processingGroup = ?", retiredGroup(rebuild));
        jdbc.update("UPDATE read_model_rebuild SET retired_dropped = TRUE WHERE id = ?", rebuild.id());
    }

    void dropTokens(String processorName) {
        jdbc.update("DELETE FROM TokenEntry WHERE processorName = ?", processorName);
    }

    private static String retiredGroup(Rebuild rebuild) {
        return rebuild.processorName() + "-retired";
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
