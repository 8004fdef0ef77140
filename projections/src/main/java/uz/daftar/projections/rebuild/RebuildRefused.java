package uz.daftar.projections.rebuild;

/** A rebuild action that cannot be taken now: the cap is reached, the state does not allow it (409). */
public class RebuildRefused extends RuntimeException {

    private final String title;

    RebuildRefused(String title, String detail) {
        super(detail);
        this.title = title;
    }

    public String title() {
        return title;
    }
}
