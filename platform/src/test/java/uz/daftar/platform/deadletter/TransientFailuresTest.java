package uz.daftar.platform.deadletter;

import com.fasterxml.jackson.databind.JsonMappingException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class TransientFailuresTest {

    @Test
    void aDatabaseThatCannotBeReachedIsTransient() {
        SQLException refused = new SQLException("Connection to localhost:5432 refused", "08001");

        assertThat(TransientFailures.isTransient(new CannotGetJdbcConnectionException("no connection", refused)))
                .isTrue();
        assertThat(TransientFailures.isTransient(new DataAccessResourceFailureException("pool exhausted")))
                .isTrue();
        assertThat(TransientFailures.isTransient(new SQLTransientConnectionException("pool timed out"))).isTrue();
    }

    @Test
    void deadlocksSerializationFailuresCancelledStatementsAndShutdownsAreTransient() {
        for (String state : new String[]{"40P01", "40001", "57014", "57P01", "53300", "55P03", "25P02"}) {
            assertThat(TransientFailures.isTransient(
                    new UncategorizedSQLException("update", "UPDATE x", new SQLException("failed", state))))
                    .as(state).isTrue();
        }
        assertThat(TransientFailures.isTransient(new QueryTimeoutException("too slow"))).isTrue();
    }

    @Test
    void anExceptionRaisedInTheDatabaseOrABrokenConstraintIsNotTransient() {
        assertThat(TransientFailures.isTransient(new UncategorizedSQLException("insert", "INSERT x",
                new SQLException("ERROR: poisoned", "P0001")))).isFalse();
        assertThat(TransientFailures.isTransient(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key", "23505")))).isFalse();
    }

    @Test
    void theDatabasesSqlStateOutranksAWrapperThatCallsEverythingTransient() {
        JdbcException wrapped = new JdbcException("append failed", new SQLException("null value", "23502"));

        assertThat(TransientFailures.isTransient(wrapped)).isFalse();
    }

    @Test
    void aNetworkFailureIsTransientButUnreadableJsonIsNot() {
        assertThat(TransientFailures.isTransient(new UncheckedIOException(new ConnectException("refused"))))
                .isTrue();
        assertThat(TransientFailures.isTransient(new UncheckedIOException(new JsonMappingException(null, "bad"))))
                .isFalse();
    }

    @Test
    void aConcurrentAppendIsTransientAndARejectedCommandIsNot() {
        assertThat(TransientFailures.isTransient(new ConcurrencyException("appended meanwhile"))).isTrue();
        assertThat(TransientFailures.isTransient(new CommandExecutionException("insufficient coins", null)))
                .isFalse();
    }

    @Test
    void aBugInAHandlerIsNotTransient() {
        assertThat(TransientFailures.isTransient(new NullPointerException("level"))).isFalse();
        assertThat(TransientFailures.isTransient(new IllegalStateException("unexpected", null))).isFalse();
    }
}
