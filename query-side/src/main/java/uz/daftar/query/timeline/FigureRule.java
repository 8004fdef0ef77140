package uz.daftar.query.timeline;

import uz.daftar.projections.timeline.TimelineFigure;
import uz.daftar.query.dashboard.DashboardFigure;

/**
 * How a dashboard figure follows from the timeline, in words: the unit its entries count in and, for the figures that
 * add up, the timeline figure that holds their contributions (null for the level and the streaks).
 */
record FigureRule(TimelineFigure adds, String unit, String text) {

    static FigureRule of(DashboardFigure figure) {
        return switch (figure) {
            case ANSWERS -> new FigureRule(TimelineFigure.ANSWERS, "answers", "Every practice answer counts once.");
            case CORRECT_ANSWERS -> new FigureRule(TimelineFigure.CORRECT_ANSWERS, "answers",
                    "Every correct practice answer counts once.");
            case PRACTICE_MINUTES -> new FigureRule(TimelineFigure.PRACTICE_MILLIS, "ms",
                    "The time every practice answer took, added up in milliseconds; the dashboard shows the whole "
                            + "minutes of the total.");
            case TOTAL_XP -> new FigureRule(TimelineFigure.XP, "XP",
                    "Every XP award added up; each award records the rule version that set its amount.");
            case LEVEL -> new FigureRule(null, "levels", "Every student starts at level 1; each level reached follows "
                    + "from the total XP under the level rule it records, and counts the levels it gained. A level is "
                    + "never lost.");
            case CURRENT_STREAK -> new FigureRule(null, "days", "Consecutive days with practice in the student's time "
                    + "zone, days covered by a streak freeze included, up to the last such day; the streak stands "
                    + "while that day is today or yesterday. Each entry made one day count.");
            case BEST_STREAK -> new FigureRule(null, "days",
                    "The longest run of consecutive counted days. Each entry made one of its days count.");
            case STREAK_FREEZES -> new FigureRule(TimelineFigure.STREAK_FREEZES, "freezes",
                    "Each freeze earned adds one; each missed day a freeze covered takes one away.");
            case BADGES -> new FigureRule(TimelineFigure.BADGES, "badges", "Each badge is earned once.");
            case COIN_BALANCE -> new FigureRule(TimelineFigure.COINS, "coins", "Every movement into or out of the "
                    + "spendable wallet: awards, prizes, spending, coins set aside and given back, reversals and "
                    + "adjustments.");
            case COINS_HELD -> new FigureRule(TimelineFigure.COINS_HELD, "coins",
                    "Coins set aside for a purpose (an olympiad fee, say) until they are used or come back.");
        };
    }
}
