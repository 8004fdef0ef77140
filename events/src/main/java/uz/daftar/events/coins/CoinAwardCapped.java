package uz.daftar.events.coins;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An award was not paid because the student had already earned the daily cap on {@code day} (in the wallet's
 * time zone). Recorded so that the family can see why a learning event paid nothing, and so that the award id
 * is spent: the same cause is never offered again.
 */
@Revision("1")
public record CoinAwardCapped(String studentId,
                              String entryId,
                              long requestedAmount,
                              String sourceEventId,
                              String ruleVersion,
                              LocalDate day,
                              long dailyCap,
                              Instant occurredAt) {
}
