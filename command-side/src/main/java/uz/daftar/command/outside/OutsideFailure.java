package uz.daftar.command.outside;

/** TEMPORARY stand-in for the lead's guard on main (OUTSIDE.md); removed when main is merged. */
public class OutsideFailure extends RuntimeException {
    public enum Kind { TIMEOUT, RATE_LIMITED, SERVER_ERROR, CONNECTION, MALFORMED_OUTPUT, REFUSED,
        NOT_CONFIGURED, CIRCUIT_OPEN, BUDGET_SPENT }

    private final Kind kind;

    public OutsideFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public boolean retryable() {
        return kind == Kind.TIMEOUT || kind == Kind.RATE_LIMITED || kind == Kind.SERVER_ERROR
                || kind == Kind.CONNECTION;
    }
}
