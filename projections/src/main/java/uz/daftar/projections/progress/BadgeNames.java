package uz.daftar.projections.progress;

/** What a badge is called in words a family reads: {@code streak-7} is the "7-day streak" badge. */
public final class BadgeNames {

    private BadgeNames() {
    }

    public static String of(String badgeId) {
        if ("first-answer".equals(badgeId)) {
            return "First answer";
        }
        if ("busy-day".equals(badgeId)) {
            return "Busy day";
        }
        if (badgeId.matches("streak-[0-9]+")) {
            return badgeId.substring("streak-".length()) + "-day streak";
        }
        if (badgeId.matches("xp-[0-9]+")) {
            return badgeId.substring("xp-".length()) + " XP";
        }
        return badgeId;
    }
}
