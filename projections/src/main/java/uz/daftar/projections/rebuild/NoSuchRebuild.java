package uz.daftar.projections.rebuild;

/** No rebuild, or no read model, of that name (404). */
public class NoSuchRebuild extends RuntimeException {

    NoSuchRebuild(String detail) {
        super(detail);
    }
}
