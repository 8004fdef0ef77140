package uz.daftar.platform.deadletter;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import uz.daftar.events.operations.OperatorAction;
import uz.daftar.platform.operations.OperatorLog;
import uz.daftar.platform.security.Caller;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * What an admin does with the dead letters of the processors running in this app: look at them, retry a sequence
 * or all of them, evict a sequence. Both apps use it, each for its own processors.
 */
public class DeadLetters {

    static final int LETTERS_SHOWN = 100;

    private final EventProcessingConfiguration processing;
    private final TransactionManager transactions;
    private final Clock clock;
    private final OperatorLog operatorLog;

    public DeadLetters(EventProcessingConfiguration processing, TransactionManager transactions, Clock clock,
                       OperatorLog operatorLog) {
        this.processing = processing;
        this.transactions = transactions;
        this.clock = clock;
        this.operatorLog = operatorLog;
    }

    /** The processor's parked sequences, at most {@code limit} of them. */
    public DeadLettersView parked(String processor, int limit) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor);
        List<DeadLetterSequenceView> parked = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            if (parked.size() == limit) {
                break;
            }
            List<DeadLetterView> letters = new ArrayList<>();
            String sequenceIdentifier = null;
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                sequenceIdentifier = sequenceIdentifier == null ? sequenceOf(processor, letter) : sequenceIdentifier;
                letters.add(DeadLetterView.of(letter));
                if (letters.size() == LETTERS_SHOWN) {
                    break;
                }
            }
            if (sequenceIdentifier != null) {
                parked.add(new DeadLetterSequenceView(processor, sequenceIdentifier,
                        queue.sequenceSize(sequenceIdentifier), letters));
            }
        }
        return new DeadLettersView(processor, queue.amountOfSequences(), queue.size(), parked);
    }

    /**
     * Handles the sequence's letters again, in order, until one fails again: the handled ones leave the queue, the
     * failed one stays with its new cause, and so do those behind it.
     */
    public RetryView retry(String processor, String sequenceIdentifier, Caller operator) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor);
        if (!queue.contains(sequenceIdentifier)) {
            throw NoSuchDeadLetters.sequence(processor, sequenceIdentifier);
        }
        RetryView retried = retryParked(processor, queue, sequenceIdentifier);
        operatorLog.record(operator, OperatorAction.DEAD_LETTER_RETRIED, processor + "/" + sequenceIdentifier, null,
                retried.succeeded() ? "handled" : "failed again, " + retried.remaining() + " letter(s) parked");
        return retried;
    }

    /** Retries every sequence parked when called, one after the other. */
    public RetryAllView retryAll(String processor, Caller operator) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor);
        List<String> sequences = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            Iterator<DeadLetter<? extends EventMessage<?>>> letters = sequence.iterator();
            if (letters.hasNext()) {
                sequences.add(sequenceOf(processor, letters.next()));
            }
        }
        List<RetryView> retried = sequences.stream()
                .map(sequence -> retryParked(processor, queue, sequence))
                .toList();
        long remaining = queue.size();
        operatorLog.record(operator, OperatorAction.DEAD_LETTERS_RETRIED, processor, null,
                retried.stream().filter(RetryView::succeeded).count() + " of " + retried.size()
                        + " sequence(s) handled, " + remaining + " letter(s) parked");
        return new RetryAllView(processor, retried, remaining);
    }

    /** Evicts the letters of a parked sequence, in one transaction, and records who did it and why. */
    public Eviction evict(String processor, String sequenceIdentifier, Caller admin, String reason) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor);
        List<DeadLetter<? extends EventMessage<?>>> letters = new ArrayList<>();
        queue.deadLetterSequence(sequenceIdentifier).forEach(letters::add);
        if (letters.isEmpty()) {
            throw NoSuchDeadLetters.sequence(processor, sequenceIdentifier);
        }
        transactions.executeInTransaction(() -> letters.forEach(queue::evict));
        Eviction eviction = new Eviction(processor, sequenceIdentifier,
                letters.stream().map(letter -> letter.message().getIdentifier()).toList(),
                queue.sequenceSize(sequenceIdentifier), reason, admin.subject(), clock.instant());
        operatorLog.record(admin, OperatorAction.DEAD_LETTER_EVICTED, processor + "/" + sequenceIdentifier, reason,
                eviction.evictedEventIds().size() + " letter(s) evicted: " + String.join(" ", eviction.evictedEventIds()));
        return eviction;
    }

    private RetryView retryParked(String processor, SequencedDeadLetterQueue<EventMessage<?>> queue,
                                  String sequenceIdentifier) {
        SequencedDeadLetterProcessor<EventMessage<?>> letters = processing.sequencedDeadLetterProcessor(processor)
                .orElseThrow(() -> NoSuchDeadLetters.processor(processor));
        boolean succeeded = letters.process(letter -> sequenceIdentifier.equals(sequenceOf(processor, letter)));
        return new RetryView(processor, sequenceIdentifier, succeeded, queue.sequenceSize(sequenceIdentifier));
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String processor) {
        return processing.deadLetterQueue(processor).orElseThrow(() -> NoSuchDeadLetters.processor(processor));
    }

    /** The sequence a letter is parked in: stored with it by the JDBC queue, else what the processor's policy says. */
    private String sequenceOf(String processor, DeadLetter<? extends EventMessage<?>> letter) {
        if (letter instanceof JdbcDeadLetter<?> stored) {
            return stored.getSequenceIdentifier();
        }
        return String.valueOf(processing.sequencingPolicy(processor).getSequenceIdentifierFor(letter.message()));
    }
}
