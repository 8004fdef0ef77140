package uz.daftar.projections.timeline;

/**
 * The dashboard figures that add up from timeline entries. An entry records what its event adds to each of them
 * ({@code timeline_contribution}), so a figure is explained by listing its contributions and checked by summing them.
 */
public enum TimelineFigure {
    /** One per practice answer. */
    ANSWERS,
    /** One per correct practice answer. */
    CORRECT_ANSWERS,
    /** The time a practice answer took, in milliseconds. */
    PRACTICE_MILLIS,
    /** The XP of an award. */
    XP,
    /** What a coin movement did to the spendable wallet (negative when coins left it). */
    COINS,
    /** What a coin movement did to the coins on hold. */
    COINS_HELD,
    /** One per badge earned. */
    BADGES,
    /** One per streak freeze earned, minus one per day a freeze covered. */
    STREAK_FREEZES
}
