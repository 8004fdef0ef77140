package uz.daftar.events.olympiad;

import java.time.Instant;

/**
 * When an olympiad takes place: students register in {@code [registrationOpens, registrationCloses)}, start in
 * {@code [startOpens, startCloses)}, and each has {@code durationSeconds} from their own start, never past
 * {@code finalDeadline}, when the standings are frozen.
 */
public record OlympiadSchedule(Instant registrationOpens,
                               Instant registrationCloses,
                               Instant startOpens,
                               Instant startCloses,
                               long durationSeconds,
                               Instant finalDeadline) {
}
