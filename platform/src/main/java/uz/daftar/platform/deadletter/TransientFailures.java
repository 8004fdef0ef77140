package uz.daftar.platform.deadletter;

import com.fasterxml.jackson.core.JacksonException;
import org.axonframework.common.AxonNonTransientException;
import org.axonframework.common.AxonTransientException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Tells a failure of the infrastructure under a handler (the database or a network away, a deadlock, a concurrent
 * append) from a failure of the handler with this one event. The first kind says nothing about the event: handling
 * it again later can succeed, so it must never park the event. The second is what a dead-letter queue is for.
 * <p>
 * A PostgreSQL SQLState in the failure decides: connection (08), transaction rollback (40: serialization, deadlock),
 * insufficient resources (53), operator intervention (57: shutdown, cancelled statement), system error (58), lock
 * not available (55P03) and "transaction already aborted" (25P02) are transient, every other state (a constraint,
 * a raised exception, bad data) is not. Without a SQLState the types decide; anything unknown is not transient.
 */
final class TransientFailures {

    private static final Set<String> TRANSIENT_STATE_CLASSES = Set.of("08", "40", "53", "57", "58");
    private static final Set<String> TRANSIENT_STATES = Set.of("55P03", "25P02");
    private static final int MAX_DEPTH = 32;

    private TransientFailures() {
    }

    static boolean isTransient(Throwable failure) {
        List<Throwable> chain = chain(failure);
        for (Throwable cause : chain) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return isTransientState(sql.getSQLState());
            }
        }
        for (Throwable cause : chain) {
            if (cause instanceof JacksonException || cause instanceof AxonNonTransientException) {
                return false;
            }
        }
        return chain.stream().anyMatch(TransientFailures::isTransientType);
    }

    private static boolean isTransientState(String sqlState) {
        return sqlState.length() == 5 && (TRANSIENT_STATE_CLASSES.contains(sqlState.substring(0, 2))
                || TRANSIENT_STATES.contains(sqlState));
    }

    private static boolean isTransientType(Throwable cause) {
        return cause instanceof TransientDataAccessException
                || cause instanceof RecoverableDataAccessException
                || cause instanceof DataAccessResourceFailureException
                || cause instanceof CannotCreateTransactionException
                || cause instanceof SQLTransientException
                || cause instanceof SQLRecoverableException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof AxonTransientException
                || cause instanceof IOException
                || cause instanceof UncheckedIOException
                || cause instanceof TimeoutException;
    }

    /** The failure, its causes and, for SQL failures, the exceptions chained to them; cycles cut off. */
    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null && chain.size() < MAX_DEPTH && !chain.contains(cause);
             cause = cause.getCause()) {
            chain.add(cause);
            if (cause instanceof SQLException sql && sql.getNextException() != null
                    && !chain.contains(sql.getNextException())) {
                chain.add(sql.getNextException());
            }
        }
        return chain;
    }
}
