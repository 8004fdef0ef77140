package uz.daftar.events.learner;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * An account was appointed an admin of a learning centre, and may from now on read the centre, its classes and the
 * students enrolled in them; appointing the same account twice emits nothing.
 */
@Revision("1")
public record CentreAdminAppointed(String centreId, String adminId, Instant appointedAt) {
}
