package uz.daftar.events.learner;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A linked guardian (or an admin on a guardian's written word) recorded consent for the student's reading aloud to
 * be recorded and assessed by speech services. Without it no audio is stored and nothing is assessed. Giving
 * consent that is already given emits nothing.
 */
@Revision("1")
public record SpeechConsentGiven(String studentId, String decidedBy, Instant givenAt) {
}
