package uz.daftar.events.learner;

import java.time.LocalDate;

/**
 * The personal data of a student: what {@link StudentRegistered#sealedProfile()} holds once opened with the
 * student's key. It is never stored in plain text in the event store.
 */
public record StudentProfile(String displayName, LocalDate birthDate) {
}
