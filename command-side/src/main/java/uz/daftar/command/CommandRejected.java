package uz.daftar.command;

/**
 * A command broke a rule and was not carried out; nothing was appended. {@code status} is the HTTP status the
 * API answers with, {@code code} a stable machine-readable reason.
 */
public class CommandRejected extends RuntimeException {

    private final int status;
    private final String code;

    public CommandRejected(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static CommandRejected conflict(String code, String message) {
        return new CommandRejected(409, code, message);
    }

    public static CommandRejected unprocessable(String code, String message) {
        return new CommandRejected(422, code, message);
    }

    public static CommandRejected forbidden(String code, String message) {
        return new CommandRejected(403, code, message);
    }

    public static CommandRejected notFound(String code, String message) {
        return new CommandRejected(404, code, message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** What travels with a rejection across Axon Server: plain, serializable data. */
    public Rejection toRejection() {
        return new Rejection(status, code, getMessage());
    }

    public record Rejection(int status, String code, String message) {
    }
}
