package uz.daftar.projections.leaderboard;

import java.time.Instant;

/**
 * One student's entry on one board as an event left it, valid from the time that event was recorded; {@code entry}
 * is null when the event took the student off the board. The history of these answers "where was I at T".
 */
public record EntryVersion(String studentId, String board, Instant validFrom, Entry entry) {
}
