package uz.daftar.events.reading;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The audio of a reading attempt was deleted from the audio store, so the history says why it is gone:
 * {@code reason} RETENTION (kept for the configured period) or CONSENT_WITHDRAWN. Scores already recorded stay.
 */
@Revision("1")
public record ReadingAudioDeleted(String attemptId, String studentId, String audioRef, String reason,
                                  Instant deletedAt) {
}
