package uz.daftar.projections.rebuild;

import java.util.Set;

/**
 * Where a rebuild is. It builds until its shadow has handled the store's head of when it started, then follows the
 * live events while the diff is read; only an explicit cut-over makes readers see it, and a rollback makes them see
 * the version it replaced again.
 */
public enum RebuildState {
    /** The shadow processor replays the store into the shadow schema; readers see the live version. */
    BUILDING,
    /** The shadow has reached the head it set out for and keeps following; the diff can be read, a cut-over made. */
    CAUGHT_UP,
    /** Readers see the rebuilt version; the replaced one is kept retired for a rollback. */
    CUT_OVER,
    /** Readers see the version the cut-over had replaced again; the rebuilt one is dropped. */
    ROLLED_BACK,
    /** Given up before a cut-over; the shadow is dropped. */
    CANCELLED,
    /** The shadow could not be built; nothing readers see changed. */
    FAILED;

    /** Running rebuilds hold a shadow processor and count against the cap. */
    public boolean active() {
        return this == BUILDING || this == CAUGHT_UP;
    }

    /** Whether a rebuild in this state may move to {@code next}. */
    public boolean mayBecome(RebuildState next) {
        return switch (this) {
            case BUILDING -> Set.of(CAUGHT_UP, CANCELLED, FAILED).contains(next);
            case CAUGHT_UP -> Set.of(CUT_OVER, CANCELLED, FAILED).contains(next);
            case CUT_OVER -> next == ROLLED_BACK;
            case ROLLED_BACK, CANCELLED, FAILED -> false;
        };
    }
}
