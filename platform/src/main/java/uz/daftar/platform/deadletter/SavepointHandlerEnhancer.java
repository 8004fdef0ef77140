package uz.daftar.platform.deadletter;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.lang.reflect.Member;
import java.util.Optional;
import java.util.Set;

/**
 * Runs an event handler of a dead-lettering processing group inside a savepoint when the same event failed there
 * before. The first failure cannot be parked: on PostgreSQL a failed statement aborts the whole batch transaction
 * and the handler may have written half of what it writes, so it is noted here and the batch is retried
 * ({@link ParkingPolicy}). On the retry a failure rolls back exactly this handler's writes, and the letter is parked
 * in a transaction that is still healthy. Every other event runs as before, without a savepoint.
 * <p>
 * A savepoint covers one handler. It covers the whole event only while a processing group has one event handler
 * class, which {@link DeadLetterConfiguration} checks when the processors start.
 */
final class SavepointHandlerEnhancer implements HandlerEnhancerDefinition {

    private final Set<String> deadLetteringGroups;
    private final SavepointRequests requests;
    private final TransactionManager savepoints;

    SavepointHandlerEnhancer(Set<String> deadLetteringGroups, SavepointRequests requests,
                             TransactionManager savepoints) {
        this.deadLetteringGroups = deadLetteringGroups;
        this.requests = requests;
        this.savepoints = savepoints;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class)) {
            return original;
        }
        return processingGroupOf(original).filter(deadLetteringGroups::contains)
                .<MessageHandlingMember<T>>map(group -> new Isolated<>(original, group))
                .orElse(original);
    }

    private static Optional<String> processingGroupOf(MessageHandlingMember<?> member) {
        return member.unwrap(Member.class).map(Member::getDeclaringClass)
                .map(type -> AnnotatedElementUtils.findMergedAnnotation(type, ProcessingGroup.class))
                .map(ProcessingGroup::value);
    }

    private final class Isolated<T> extends WrappedMessageHandlingMember<T> {

        private final String group;

        private Isolated(MessageHandlingMember<T> delegate, String group) {
            super(delegate);
            this.group = group;
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            if (!TransactionSynchronizationManager.isActualTransactionActive() || DeadLetterRetries.inProgress()) {
                // no transaction to protect, or the retry of a dead letter, which runs in a savepoint of its own
                return super.handle(message, target);
            }
            if (requests.take(group, message.getIdentifier())) {
                return inSavepoint(message, target);
            }
            try {
                return super.handle(message, target);
            } catch (Exception e) {
                requests.request(group, message.getIdentifier());
                throw e;
            }
        }

        private Object inSavepoint(Message<?> message, T target) throws Exception {
            Transaction savepoint = savepoints.startTransaction();
            Object result;
            try {
                result = super.handle(message, target);
            } catch (Exception | Error e) {
                savepoint.rollback();
                throw e;
            }
            savepoint.commit();
            return result;
        }
    }
}
