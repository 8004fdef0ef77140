package uz.daftar.command.progress;

import java.util.ArrayList;
import java.util.List;

/**
 * Which badges a student's progress has earned. {@value #V1}:
 * <ul>
 * <li>{@code first-answer}: the first XP-earning practice answer;</li>
 * <li>{@code busy-day}: {@value #BUSY_DAY} XP-earning answers on one day;</li>
 * <li>{@code streak-3}, {@code streak-7}, {@code streak-30}: a best streak of that many days;</li>
 * <li>{@code xp-100}, {@code xp-1000}: that much XP in total.</li>
 * </ul>
 */
public final class BadgeRules {

    public static final String V1 = "badges.v1";
    static final int BUSY_DAY = 10;
    private static final int[] STREAK_TIERS = {3, 7, 30};
    private static final long[] XP_TIERS = {100, 1000};

    private BadgeRules() {
    }

    /** Every badge the given standing qualifies for, earned before or not. */
    static List<String> qualifiedFor(long answersWithXp, int answersOnBusiestDay, int bestStreak, long totalXp) {
        List<String> badges = new ArrayList<>();
        if (answersWithXp >= 1) {
            badges.add("first-answer");
        }
        if (answersOnBusiestDay >= BUSY_DAY) {
            badges.add("busy-day");
        }
        for (int tier : STREAK_TIERS) {
            if (bestStreak >= tier) {
                badges.add("streak-" + tier);
            }
        }
        for (long tier : XP_TIERS) {
            if (totalXp >= tier) {
                badges.add("xp-" + tier);
            }
        }
        return badges;
    }
}
