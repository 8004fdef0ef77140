package uz.daftar.platform.deadletter;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;

import java.sql.SQLException;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParkingPolicyTest {

    private static final Exception POISON = new UncategorizedSQLException("insert", "INSERT INTO student_dashboard",
            new SQLException("ERROR: poisoned student s-1", "P0001"));
    private static final Exception DATABASE_AWAY = new CannotGetJdbcConnectionException("no connection",
            new SQLException("Connection refused", "08001"));

    private final SavepointRequests savepoints = new SavepointRequests(Clock.systemUTC());
    private final ParkingPolicy policy = new ParkingPolicy("student-dashboard", savepoints);
    private final EventMessage<?> event = GenericEventMessage.asEventMessage("answered");

    @Test
    void aHandlerFailingInsideItsSavepointParksTheEventWithItsCause() {
        EnqueueDecision<EventMessage<?>> decision = policy.decide(letter(), POISON);

        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(decision.enqueueCause()).get().extracting(Throwable::getMessage).asString()
                .contains("poisoned student s-1");
        MetaData diagnostics = decision.withDiagnostics(letter()).diagnostics();
        assertThat(diagnostics).containsEntry("attempts", 1).containsEntry("sqlState", "P0001");
        assertThat(diagnostics.get("rootCause")).asString()
                .isEqualTo("java.sql.SQLException: ERROR: poisoned student s-1");
    }

    @Test
    void aHandlerFailingWithoutASavepointFailsTheBatchForARetryInOne() {
        savepoints.request("student-dashboard", event.getIdentifier());

        assertThatThrownBy(() -> policy.decide(letter(), POISON)).isInstanceOf(BatchRetried.class)
                .hasMessageContaining("retried with that event in a savepoint").hasCause(POISON);
    }

    @Test
    void anOutageFailsTheBatchAndParksNothing() {
        assertThatThrownBy(() -> policy.decide(letter(), DATABASE_AWAY)).isInstanceOf(BatchRetried.class)
                .hasMessageContaining("nothing is parked").hasCause(DATABASE_AWAY);
    }

    @Test
    void aRetriedDeadLetterThatFailsAgainStaysParkedWithOneMoreAttempt() {
        DeadLetter<EventMessage<?>> parked = letter().withDiagnostics(MetaData.with("attempts", 1));
        UnitOfWork<?> retry = DefaultUnitOfWork.startAndGet(event);
        retry.resources().put(DeadLetter.class.getName(), parked);
        try {
            EnqueueDecision<EventMessage<?>> decision = policy.decide(parked, DATABASE_AWAY);

            assertThat(decision.shouldEnqueue()).isTrue();
            assertThat(decision.withDiagnostics(parked).diagnostics()).containsEntry("attempts", 2);
        } finally {
            retry.rollback();
        }
    }

    private DeadLetter<EventMessage<?>> letter() {
        return new GenericDeadLetter<>("s-1", event);
    }
}
