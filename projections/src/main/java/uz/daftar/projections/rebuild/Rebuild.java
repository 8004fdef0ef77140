package uz.daftar.projections.rebuild;

import uz.daftar.projections.ReadModels;

import java.time.Instant;

/** One rebuild as stored: what is built, from which version, for whom and why, and how far it came. */
record Rebuild(String id, ReadModels readModel, int version, int previousVersion, RebuildState state, String reason,
               String startedBy, Instant startedAt, long targetHead, Instant caughtUpAt, Instant cutOverAt,
               Instant finishedAt, boolean retiredDropped, String failure) {

    /** The shadow processor's name: the rebuild's own token, never mistaken for the live processor's. */
    String processorName() {
        return processorName(id);
    }

    static String processorName(String id) {
        return "rebuild-" + id;
    }

    String shadowSchema() {
        return ShadowSchemas.shadow(id);
    }

    String retiredSchema() {
        return ShadowSchemas.retired(id);
    }
}
