package uz.daftar.query.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@value #V1}: the sentences of a weekly digest, written from one student's own facts and nothing else. It names
 * what the week brought (days, answers, minutes, XP, badges, skills, streak, coins), praises a week that went better
 * than the one before, and never dwells on a quieter week: a drop is answered with encouragement for the next one,
 * not with the numbers. It never compares a child with anyone but themself.
 */
public final class DigestRule {

    public static final String V1 = "digest.v1";
    static final int SKILLS_NAMED = 3;

    private DigestRule() {
    }

    public static List<String> sentences(DigestFacts facts) {
        DigestFacts.Week week = facts.thisWeek();
        DigestFacts.Week before = facts.lastWeek();
        List<String> sentences = new ArrayList<>();
        days(week, before, sentences);
        if (week.answers() > 0) {
            sentences.add(answers(week));
        }
        if (week.minutes() > 0) {
            sentences.add("Spent " + count(week.minutes(), "minute", "minutes") + " practising.");
        }
        if (week.xp() > 0) {
            sentences.add("Earned " + week.xp() + " XP.");
            if (before.xp() > 0 && week.xp() > before.xp()) {
                sentences.add("That is " + (week.xp() - before.xp())
                        + " XP more than the week before, great progress!");
            } else if (!before.active()) {
                sentences.add("A great return after a quiet week!");
            }
        }
        badges(facts.badgesEarned(), sentences);
        skills(facts.skillsImproved(), sentences);
        if (facts.currentStreak() >= 2) {
            sentences.add("On a " + facts.currentStreak() + "-day streak now. Keep it going!");
        } else if (facts.currentStreak() == 1) {
            sentences.add("A new streak has begun!");
        }
        coins(facts.coinsEarned(), facts.coinsSpent(), sentences);
        sentences.add(closing(week, before));
        return sentences;
    }

    private static void days(DigestFacts.Week week, DigestFacts.Week before, List<String> sentences) {
        if (!week.active()) {
            sentences.add("This was a quiet week.");
        } else if (week.activeDays() == 7) {
            sentences.add("Practised every single day this week, wonderful!");
        } else if (week.activeDays() > 0) {
            sentences.add("Practised on " + count(week.activeDays(), "day", "days") + " this week.");
            if (before.active() && week.activeDays() > before.activeDays()) {
                sentences.add("That is more days than the week before. Well done!");
            }
        }
    }

    private static String answers(DigestFacts.Week week) {
        if (week.correctAnswers() == week.answers()) {
            return week.answers() == 1 ? "Answered a question correctly!"
                    : "Answered all " + week.answers() + " questions correctly. Excellent!";
        }
        if (week.correctAnswers() == 0) {
            return "Answered " + count(week.answers(), "question", "questions") + "; every try builds understanding.";
        }
        return "Answered " + count(week.answers(), "question", "questions") + ", " + week.correctAnswers()
                + " of them correctly.";
    }

    private static void badges(List<DigestFacts.Badge> badges, List<String> sentences) {
        if (badges.size() == 1) {
            sentences.add("Earned the badge \"" + badges.get(0).name() + "\"!");
        } else if (badges.size() > 1) {
            sentences.add("Earned " + badges.size() + " badges: " + names(badges.stream()
                    .map(badge -> "\"" + badge.name() + "\"").toList()) + "!");
        }
    }

    private static void skills(List<DigestFacts.SkillRise> skills, List<String> sentences) {
        for (DigestFacts.SkillRise skill : skills.subList(0, Math.min(SKILLS_NAMED, skills.size()))) {
            sentences.add(skill.from() == null
                    ? "Started learning " + skill.skill() + "."
                    : "Mastery of " + skill.skill() + " grew to " + skill.to().toLowerCase(Locale.ROOT) + ".");
        }
        if (skills.size() > SKILLS_NAMED) {
            sentences.add("Mastery grew in " + count(skills.size() - SKILLS_NAMED, "more skill", "more skills")
                    + " too.");
        }
    }

    private static void coins(long earned, long spent, List<String> sentences) {
        if (earned > 0 && spent > 0) {
            sentences.add("Collected " + count(earned, "coin", "coins") + " and spent " + spent + ".");
        } else if (earned > 0) {
            sentences.add("Collected " + count(earned, "coin", "coins") + ".");
        } else if (spent > 0) {
            sentences.add("Spent " + count(spent, "coin", "coins") + ".");
        }
    }

    private static String closing(DigestFacts.Week week, DigestFacts.Week before) {
        if (!week.active()) {
            return "A few minutes of practice on any day is a great way to start again!";
        }
        if (week.xp() < before.xp()) {
            return "Every bit of practice adds up, and next week is a fresh chance to grow!";
        }
        return "Well done, keep up the good work!";
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String names(List<String> names) {
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
