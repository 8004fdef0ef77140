package uz.daftar.events.learner;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A linked guardian (or an admin) withdrew the consent for speech recording: no new audio is taken, and the audio
 * already stored for the student is deleted, each deletion recorded as a {@code ReadingAudioDeleted}.
 */
@Revision("1")
public record SpeechConsentWithdrawn(String studentId, String decidedBy, Instant withdrawnAt) {
}
