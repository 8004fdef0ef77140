package uz.daftar.platform.deadletter;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

import java.util.function.Supplier;

/**
 * Axon transactions that are savepoints inside a running Spring transaction and transactions of their own outside
 * one. Axon's {@code SpringTransactionManager} neither commits nor rolls back a transaction it did not start, so a
 * failed piece of work inside a larger transaction would leave its writes behind (and on PostgreSQL, an aborted
 * transaction); here it is rolled back to where it began, and the larger transaction carries on.
 */
final class SavepointTransactionManager implements TransactionManager {

    private static final TransactionDefinition NESTED =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);

    private final Supplier<PlatformTransactionManager> transactionManager;

    SavepointTransactionManager(Supplier<PlatformTransactionManager> transactionManager) {
        this.transactionManager = transactionManager;
    }

    @Override
    public Transaction startTransaction() {
        PlatformTransactionManager transactions = transactionManager.get();
        TransactionStatus status = transactions.getTransaction(NESTED);
        return new Transaction() {
            @Override
            public void commit() {
                if (!status.isCompleted()) {
                    transactions.commit(status);
                }
            }

            @Override
            public void rollback() {
                if (!status.isCompleted()) {
                    transactions.rollback(status);
                }
            }
        };
    }
}
