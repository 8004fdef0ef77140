package uz.daftar.query.digest;

import java.time.Instant;
import java.util.List;

/**
 * What a week of a student's learning amounts to, next to the week before: the facts a weekly digest is written
 * from. Only the student's own figures; never anyone else's.
 */
public record DigestFacts(Week thisWeek,
                          Week lastWeek,
                          List<Badge> badgesEarned,
                          List<SkillRise> skillsImproved,
                          int currentStreak,
                          long coinsEarned,
                          long coinsSpent) {

    /** One week of practice: XP, answers, correct answers, minutes spent answering, days with any activity. */
    public record Week(long xp, long answers, long correctAnswers, long minutes, int activeDays) {

        public static final Week NOTHING = new Week(0, 0, 0, 0, 0);

        boolean active() {
            return activeDays > 0 || answers > 0 || xp > 0;
        }
    }

    /** A badge earned in the week, the event that awarded it. */
    public record Badge(String badgeId, String name, Instant earnedAt, String eventId) {
    }

    /** A skill whose mastery ended the week higher than it began it ({@code from} null: first practised this week). */
    public record SkillRise(String skill, String from, String to) {
    }
}
