package uz.daftar.events.coins;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A student's coin wallet was opened, empty. Daily earning caps count days in {@code timeZone}. */
@Revision("1")
public record WalletOpened(String studentId, String timeZone, Instant openedAt) {
}
