package uz.daftar.projections.leaderboard;

import java.util.List;

/**
 * A student's own entry on a board with the places just above and below. {@code place} is null when the student
 * is unlisted (their {@code entry} still says what they earned) or has no entry ({@code entry} null too).
 */
public record Standing(String board, String studentId, Entry entry, Place place, List<Place> above,
                       List<Place> below, long ranked) {
}
