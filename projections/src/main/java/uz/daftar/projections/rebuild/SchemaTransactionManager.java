package uz.daftar.projections.rebuild;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The app's transactions, each pointing unqualified table names at one schema first ({@code SET LOCAL search_path}):
 * a projection run in them writes that schema's copies of its tables, while the token store, the dead letters and the
 * event store, which exist only in {@code public}, are found there. Token and rows commit in one transaction, as for
 * the live processors.
 */
final class SchemaTransactionManager implements TransactionManager {

    private final TransactionManager transactions;
    private final JdbcTemplate jdbc;
    private final String schema;

    SchemaTransactionManager(TransactionManager transactions, JdbcTemplate jdbc, String schema) {
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.schema = ShadowSchemas.checked(schema);
    }

    @Override
    public Transaction startTransaction() {
        Transaction transaction = transactions.startTransaction();
        try {
            jdbc.execute("SET LOCAL search_path TO " + schema + ", public");
        } catch (RuntimeException e) {
            transaction.rollback();
            throw e;
        }
        return transaction;
    }
}
