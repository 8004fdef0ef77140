package uz.daftar.platform.web;

/**
 * A request parameter that passed its declared constraints but is still invalid (a cursor that does not decode, a
 * range that ends before it starts...); answered like a failed constraint, 400 with the field and why.
 */
public class InvalidParameter extends RuntimeException {

    private final String field;

    public InvalidParameter(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
