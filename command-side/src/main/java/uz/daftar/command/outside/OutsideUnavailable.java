package uz.daftar.command.outside;

/** A request needs a feature that cannot call its provider now; answered 503 with the feature's status. */
public class OutsideUnavailable extends RuntimeException {

    private final FeatureStatus status;

    OutsideUnavailable(FeatureStatus status, String message) {
        super(message);
        this.status = status;
    }

    public FeatureStatus status() {
        return status;
    }
}
