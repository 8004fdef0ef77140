package uz.daftar.platform.deadletter;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.annotation.ClasspathHandlerDefinition;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiHandlerDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SavepointHandlerEnhancerTest {

    private final RecordingTransactions transactions = new RecordingTransactions();
    private final SavepointRequests requests = new SavepointRequests(Clock.systemUTC());
    private final SavepointHandlerEnhancer enhancer = new SavepointHandlerEnhancer(Set.of("parked-group"), requests,
            new SavepointTransactionManager(() -> transactions));

    @BeforeEach
    void inABatchTransaction() {
        TransactionSynchronizationManager.setActualTransactionActive(true);
    }

    @AfterEach
    void transactionOver() {
        TransactionSynchronizationManager.setActualTransactionActive(false);
    }

    @Test
    void aHandlerThatSucceedsRunsWithoutASavepoint() throws Exception {
        adapterFor(new Parked(false)).handle(event("fine"));

        assertThat(transactions.calls).isEmpty();
    }

    @Test
    void aFirstFailureRunsWithoutASavepointAndAsksForOneNextTime() {
        EventMessage<?> poison = event("poison");

        assertThatThrownBy(() -> adapterFor(new Parked(true)).handle(poison)).hasMessage("cannot handle poison");

        assertThat(transactions.calls).isEmpty();
        assertThat(requests.isRequested("parked-group", poison.getIdentifier())).isTrue();
    }

    @Test
    void theSameEventFailingAgainInsideItsSavepointRollsBackItsOwnWrites() throws Exception {
        AnnotationEventHandlerAdapter handler = adapterFor(new Parked(true));
        EventMessage<?> poison = event("poison");
        assertThatThrownBy(() -> handler.handle(poison));

        assertThatThrownBy(() -> handler.handle(poison)).hasMessage("cannot handle poison");

        assertThat(transactions.calls).containsExactly("savepoint", "rollback to savepoint");
        assertThat(requests.isRequested("parked-group", poison.getIdentifier())).isFalse();
    }

    @Test
    void anEventThatSucceedsInItsSavepointReleasesIt() throws Exception {
        EventMessage<?> flaky = event("flaky");
        requests.request("parked-group", flaky.getIdentifier());

        adapterFor(new Parked(false)).handle(flaky);

        assertThat(transactions.calls).containsExactly("savepoint", "release");
    }

    @Test
    void withoutATransactionThereIsNothingToProtect() {
        TransactionSynchronizationManager.setActualTransactionActive(false);
        EventMessage<?> poison = event("poison");

        assertThatThrownBy(() -> adapterFor(new Parked(true)).handle(poison));

        assertThat(requests.isRequested("parked-group", poison.getIdentifier())).isFalse();
    }

    @Test
    void handlersOfAGroupWithoutDeadLettersAreLeftAsTheyAre() {
        EventMessage<?> poison = event("poison");

        assertThatThrownBy(() -> adapterFor(new Unparked()).handle(poison));

        assertThat(requests.isRequested("unparked-group", poison.getIdentifier())).isFalse();
    }

    private AnnotationEventHandlerAdapter adapterFor(Object handler) {
        Class<?> type = handler.getClass();
        return new AnnotationEventHandlerAdapter(handler, ClasspathParameterResolverFactory.forClass(type),
                MultiHandlerDefinition.ordered(enhancer, ClasspathHandlerDefinition.forClass(type)));
    }

    private static EventMessage<?> event(String what) {
        return GenericEventMessage.asEventMessage(new Happened(what));
    }

    record Happened(String what) {
    }

    @ProcessingGroup("parked-group")
    static class Parked {
        private final boolean fails;

        Parked(boolean fails) {
            this.fails = fails;
        }

        @EventHandler
        void on(Happened event) {
            if (fails) {
                throw new IllegalStateException("cannot handle " + event.what());
            }
        }
    }

    @ProcessingGroup("unparked-group")
    static class Unparked {
        @EventHandler
        void on(Happened event) {
            throw new IllegalStateException("cannot handle " + event.what());
        }
    }
}
