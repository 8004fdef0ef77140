package uz.daftar.command.web;

/** Shared shapes of request fields. */
final class Requests {

    static final String ID = "[A-Za-z0-9][A-Za-z0-9_.:-]{2,63}";
    static final String ID_MESSAGE = "must be 3-64 letters, digits, '_', '.', ':' or '-'";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private Requests() {
    }

    /** A request body together with the id from its path: what an idempotency key is checked against. */
    record OnPath(String pathId, Object body) {
    }
}
