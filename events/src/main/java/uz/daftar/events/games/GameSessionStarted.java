package uz.daftar.events.games;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A student started a session of a game. {@code sessionId} is the client's id for the session, unique among the
 * student's sessions of that game; a score can only be submitted for a started session. {@code startedAt} is the
 * server time at which the start arrived.
 */
@Revision("1")
public record GameSessionStarted(String studentId, Game game, String sessionId, Instant startedAt) {
}
