package uz.daftar.command.outside;

import java.util.EnumSet;
import java.util.Set;

/** Why a call to an outside service gave no usable answer. Adapters translate their client's errors into one. */
public class OutsideFailure extends RuntimeException {

    public enum Kind {
        /** No answer within the configured time. */
        TIMEOUT,
        /** The provider asked us to slow down (HTTP 429, throttling). */
        RATE_LIMITED,
        /** The provider failed (HTTP 5xx, a service error). */
        SERVER_ERROR,
        /** The provider could not be reached. */
        CONNECTION,
        /** The provider answered, but not with what was asked for (not JSON, not the schema, no result). */
        MALFORMED_OUTPUT,
        /** The provider refused the request (bad key, bad request, content refused). */
        REFUSED,
        /** No provider is configured for the feature. */
        NOT_CONFIGURED,
        /** Recent calls failed so often that calls are paused for a while. */
        CIRCUIT_OPEN,
        /** Today's budget of calls for the feature is spent. */
        BUDGET_SPENT
    }

    private static final Set<Kind> RETRYABLE = EnumSet.of(Kind.TIMEOUT, Kind.RATE_LIMITED, Kind.SERVER_ERROR,
            Kind.CONNECTION);
    /** Kinds that say nothing about the provider's health: the call never reached it. */
    private static final Set<Kind> NOT_CALLED = EnumSet.of(Kind.NOT_CONFIGURED, Kind.CIRCUIT_OPEN, Kind.BUDGET_SPENT);

    private final Kind kind;

    public OutsideFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public OutsideFailure(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }

    /** A later attempt may succeed: the provider was slow, busy or unreachable. */
    public boolean retryable() {
        return RETRYABLE.contains(kind);
    }

    boolean reachedProvider() {
        return !NOT_CALLED.contains(kind);
    }
}
