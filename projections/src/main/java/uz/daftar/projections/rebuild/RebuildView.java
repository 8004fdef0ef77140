package uz.daftar.projections.rebuild;

import java.time.Instant;

/**
 * A rebuild as the API shows it.
 *
 * @param failing         the shadow's processor is retrying a batch that failed (see the app's log)
 * @param rollbackPossible a cut-over whose replaced tables are still kept
 */
public record RebuildView(String id, String readModel, int version, int previousVersion, RebuildState state,
                          String reason, String startedBy, Instant startedAt, Instant caughtUpAt, Instant cutOverAt,
                          Instant finishedAt, Progress progress, boolean failing, boolean rollbackPossible,
                          String failure) {
}
