package uz.daftar.events.olympiad;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An olympiad was published: students with an active olympiad entitlement may register in its window. */
@Revision("1")
public record OlympiadPublished(String olympiadId, String adminId, Instant publishedAt) {
}
