package uz.daftar.platform.deadletter;

/** The processor has no dead-letter queue in this app, or the sequence is not parked in it. */
public class NoSuchDeadLetters extends RuntimeException {

    private NoSuchDeadLetters(String message) {
        super(message);
    }

    static NoSuchDeadLetters processor(String processor) {
        return new NoSuchDeadLetters("This app has no dead-letter queue for a processor named '" + processor + "'.");
    }

    static NoSuchDeadLetters sequence(String processor, String sequenceIdentifier) {
        return new NoSuchDeadLetters("Processor '" + processor + "' has no parked sequence '" + sequenceIdentifier
                + "'.");
    }
}
