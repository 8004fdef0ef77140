package uz.daftar.platform.deadletter;

import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * Whether the current unit of work handles a dead letter again ({@code SequencedDeadLetterProcessor.process}) rather
 * than an event from the stream. Axon puts the letter into the resources of the unit of work it processes it in.
 */
final class DeadLetterRetries {

    private DeadLetterRetries() {
    }

    static boolean inProgress() {
        return CurrentUnitOfWork.isStarted()
                && CurrentUnitOfWork.get().resources().containsKey(DeadLetter.class.getName());
    }
}
