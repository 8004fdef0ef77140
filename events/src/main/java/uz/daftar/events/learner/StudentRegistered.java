package uz.daftar.events.learner;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A student joined the platform under a pseudonymous id.
 * <p>
 * The student's personal data (display name, birth date) is never in plain text here: {@code sealedProfile}
 * is the profile encrypted under the student's own key ({@code profileKeyId}), kept outside the event store,
 * so that erasing the key erases the profile without rewriting history (crypto-shredding).
 * {@code timeZone} (an IANA zone, default Asia/Tashkent) and {@code language} are not personal and stay readable,
 * because streaks and reports are computed in them.
 */
@Revision("1")
public record StudentRegistered(String studentId,
                                String profileKeyId,
                                String sealedProfile,
                                String timeZone,
                                String language,
                                Instant registeredAt) {
}
