package uz.daftar.platform.schema;

/**
 * One owner's schema: its Flyway scripts and its own history table, so that the event store, the command side's
 * lookup tables and the read models each evolve on their own (docs/decisions/0002).
 *
 * @param owner    short name; the history table is {@code flyway_<owner>_history}
 * @param location Flyway location of the owner's scripts
 */
public record SchemaMigration(String owner, String location) {

    public String historyTable() {
        return "flyway_" + owner + "_history";
    }
}
