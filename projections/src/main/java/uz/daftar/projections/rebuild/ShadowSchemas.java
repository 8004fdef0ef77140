package uz.daftar.projections.rebuild;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The PostgreSQL side of a rebuild: a shadow schema with empty copies of a read model's tables, and the swaps that
 * move tables between schemas. DDL is transactional in PostgreSQL: run inside one transaction, a swap is seen by
 * readers all at once, and a reader's statement waits for the swap rather than finding a table missing.
 */
final class ShadowSchemas {

    private static final Pattern NAME = Pattern.compile("[a-z0-9_]+");

    private final JdbcTemplate jdbc;

    ShadowSchemas(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static String shadow(String rebuildId) {
        return checked("rb_" + rebuildId);
    }

    static String retired(String rebuildId) {
        return checked("rb_" + rebuildId + "_prev");
    }

    /**
     * Creates {@code schema} with an empty copy of each table (columns, defaults, generated columns, constraints and
     * indices), the indices and constraints renamed as they are live, so that a table keeps its index names whichever
     * schema it moves to.
     */
    void create(String schema, List<String> tables) {
        jdbc.execute("CREATE SCHEMA " + checked(schema));
        for (String table : tables) {
            jdbc.execute("CREATE TABLE " + schema + "." + checked(table) + " (LIKE public." + table
                    + " INCLUDING ALL)");
            renameIndicesAsLive(schema, table);
        }
    }

    /** Moves each table from one schema to another; the target must not have them. */
    void move(List<String> tables, String from, String to) {
        for (String table : tables) {
            jdbc.execute("ALTER TABLE " + checked(from) + "." + checked(table) + " SET SCHEMA " + checked(to));
        }
    }

    void dropTable(String schema, String table) {
        jdbc.execute("DROP TABLE " + checked(schema) + "." + checked(table));
    }

    void createEmpty(String schema) {
        jdbc.execute("CREATE SCHEMA IF NOT EXISTS " + checked(schema));
    }

    void drop(String schema) {
        jdbc.execute("DROP SCHEMA IF EXISTS " + checked(schema) + " CASCADE");
    }

    /** The columns of a table's primary key, in key order. */
    List<String> primaryKey(String schema, String table) {
        return jdbc.queryForList("""
                SELECT a.attname FROM pg_index i
                JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
                WHERE i.indrelid = CAST(? AS regclass) AND i.indisprimary
                ORDER BY array_position(i.indkey, a.attnum)
                """, String.class, checked(schema) + "." + checked(table));
    }

    private void renameIndicesAsLive(String schema, String table) {
        Map<String, String> liveByDefinition = indicesByDefinition("public", table);
        indicesByDefinition(schema, table).forEach((definition, copy) -> {
            String live = liveByDefinition.get(definition);
            if (live != null && !live.equals(copy)) {
                jdbc.execute("ALTER INDEX " + schema + "." + checked(copy) + " RENAME TO " + checked(live));
            }
        });
    }

    /** Each index of the table by its definition with its own name and schema left out. */
    private Map<String, String> indicesByDefinition(String schema, String table) {
        Map<String, String> indices = new HashMap<>();
        jdbc.query("""
                SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i
                JOIN pg_class c ON c.oid = i.indexrelid
                WHERE i.indrelid = CAST(? AS regclass)
                """, rs -> {
            String name = rs.getString(1);
            String definition = rs.getString(2)
                    .replace(" INDEX " + name + " ON ", " INDEX ON ")
                    .replace(" ON " + schema + ".", " ON ");
            indices.put(definition, name);
        }, schema + "." + table);
        return indices;
    }

    static String checked(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain SQL name: " + name);
        }
        return name;
    }
}
