package uz.daftar.platform.deadletter;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;

import java.util.ArrayList;
import java.util.List;

/** A transaction manager that records what was asked of it: savepoints begun, released and rolled back to. */
class RecordingTransactions implements PlatformTransactionManager {

    final List<String> calls = new ArrayList<>();

    @Override
    public TransactionStatus getTransaction(TransactionDefinition definition) {
        calls.add(definition.getPropagationBehavior() == TransactionDefinition.PROPAGATION_NESTED
                ? "savepoint" : "transaction");
        return new SimpleTransactionStatus(false);
    }

    @Override
    public void commit(TransactionStatus status) {
        calls.add("release");
    }

    @Override
    public void rollback(TransactionStatus status) {
        calls.add("rollback to savepoint");
    }
}
