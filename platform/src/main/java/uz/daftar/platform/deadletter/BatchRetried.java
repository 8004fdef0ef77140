package uz.daftar.platform.deadletter;

/**
 * Thrown instead of parking an event: the processor's batch rolls back and is handled again after a back-off, with
 * nothing skipped. The message says why.
 */
final class BatchRetried extends RuntimeException {

    private BatchRetried(String message, Throwable cause) {
        super(message, cause);
    }

    static BatchRetried afterTransientFailure(String processingGroup, String eventId, Throwable cause) {
        return new BatchRetried("Processor " + processingGroup + " could not handle event " + eventId
                + " because of a failure outside the handler (" + cause + "); the batch will be retried, nothing is"
                + " parked", cause);
    }

    static BatchRetried inASavepoint(String processingGroup, String eventId, Throwable cause) {
        return new BatchRetried("Processor " + processingGroup + " failed to handle event " + eventId + " (" + cause
                + "); the batch will be retried with that event in a savepoint, and parked if it fails again", cause);
    }
}
