package uz.daftar.events.olympiad;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * An olympiad was cancelled before its start window opened. Every registration is cancelled with it and every
 * entry fee released.
 */
@Revision("1")
public record OlympiadCancelled(String olympiadId, String reason, String adminId, Instant cancelledAt) {
}
