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
 * <p>
 * {@code birthYear} (revision 2) is the year of the sealed birth date, readable so that analytics can group by age
 * and age limits can be checked without the profile; it stays after the profile is erased, as a pseudonymous
 * attribute (docs/decisions/0004). It is null when unknown: events stored at revision 1 are upcast with null.
 */
@Revision("2")
public record StudentRegistered(String studentId,
                                String profileKeyId,
                                String sealedProfile,
                                Integer birthYear,
                                String timeZone,
                                String language,
                                Instant registeredAt) {
}
