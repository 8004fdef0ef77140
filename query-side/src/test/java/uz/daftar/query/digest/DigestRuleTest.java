package uz.daftar.query.digest;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class DigestRuleTest {

    /** Words that would measure a child against others: ranks, places, percentiles, classmates, averages. */
    private static final List<String> COMPARING = List.of("other", "others", "another", "rank", "ranked", "ranks",
            "place", "placed", "position", "percentile", "percent", "%", "average", "top", "leaderboard", "class",
            "classmates", "peer", "peers", "student", "students", "children", "kids", "everyone", "anyone", "most",
            "fastest", "best", "compared", "ahead", "behind", "beat");
    /** Words that would scold or dwell on a drop. */
    private static final List<String> SCOLDING = List.of("only", "less", "fewer", "worse", "lower", "drop", "dropped",
            "fell", "fall", "down", "lazy", "should", "must", "fail", "failed", "bad", "poor", "disappointing",
            "not enough", "missed", "lost", "wrong", "but");

    /** One sentence: a capital first, a full stop or an exclamation mark last. */
    private static final Pattern FORM = Pattern.compile("[A-Z].*[.!]");

    private static final DigestFacts.Week BUSY = new DigestFacts.Week(120, 14, 11, 32, 4);

    @Nested
    class Encouragement {

        @Test
        void aBetterWeekIsPraisedAgainstTheStudentsOwnWeekBefore() {
            List<String> sentences = DigestRule.sentences(facts(BUSY, new DigestFacts.Week(90, 10, 8, 20, 3)));

            assertThat(sentences).contains("Practised on 4 days this week.",
                    "That is more days than the week before. Well done!",
                    "Answered 14 questions, 11 of them correctly.",
                    "Spent 32 minutes practising.", "Earned 120 XP.",
                    "That is 30 XP more than the week before, great progress!", "Well done, keep up the good work!");
        }

        @Test
        void aQuieterWeekIsAnsweredWithEncouragementNotWithLastWeeksNumbers() {
            DigestFacts.Week before = new DigestFacts.Week(300, 40, 35, 90, 6);

            List<String> sentences = DigestRule.sentences(facts(BUSY, before));

            assertThat(sentences).last()
                    .isEqualTo("Every bit of practice adds up, and next week is a fresh chance to grow!");
            assertThat(String.join(" ", sentences)).doesNotContain("week before").doesNotContain("300")
                    .doesNotContain("40 ").doesNotContain("6 days");
        }

        @Test
        void aWeekWithoutPracticeInvitesAFreshStart() {
            List<String> sentences = DigestRule.sentences(facts(DigestFacts.Week.NOTHING, BUSY));

            assertThat(sentences).containsExactly("This was a quiet week.",
                    "A few minutes of practice on any day is a great way to start again!");
        }

        @Test
        void badgesSkillsStreakAndCoinsAreNamed() {
            List<DigestFacts.Badge> badges = List.of(badge("streak-3", "3-day streak"), badge("xp-100", "100 XP"));
            List<DigestFacts.SkillRise> skills = List.of(new DigestFacts.SkillRise("fractions", "FAMILIAR",
                    "PROFICIENT"), new DigestFacts.SkillRise("letters.a", null, "ATTEMPTED"));
            DigestFacts facts = new DigestFacts(BUSY, BUSY, badges, skills, 5, 12, 30);

            assertThat(DigestRule.sentences(facts)).contains("Earned 2 badges: \"3-day streak\" and \"100 XP\"!",
                    "Mastery of fractions grew to proficient.", "Started learning letters.a.",
                    "On a 5-day streak now. Keep it going!", "Collected 12 coins and spent 30.");
        }

        @Test
        void aStudentWithoutAnyRightAnswerYetHearsThatTryingCounts() {
            List<String> sentences = DigestRule.sentences(facts(new DigestFacts.Week(6, 3, 0, 2, 1),
                    DigestFacts.Week.NOTHING));

            assertThat(sentences).contains("Answered 3 questions; every try builds understanding.",
                    "A great return after a quiet week!");
        }
    }

    @Nested
    class NeverComparingNorScolding {

        @Test
        void noGeneratedDigestComparesTheChildWithOthersOrScolds() {
            Pattern comparing = words(COMPARING);
            Pattern scolding = words(SCOLDING);
            Random random = new Random(47);
            for (int i = 0; i < 10_000; i++) {
                DigestFacts facts = randomFacts(random);

                List<String> sentences = DigestRule.sentences(facts);

                assertThat(sentences).as("%s", facts).isNotEmpty();
                assertThat(sentences.get(sentences.size() - 1)).as("%s", facts).endsWith("!");
                for (String sentence : sentences) {
                    String lower = sentence.toLowerCase(Locale.ROOT);
                    if (!FORM.matcher(sentence).matches() || comparing.matcher(lower).find()
                            || scolding.matcher(lower).find()) {
                        throw new AssertionError("\"" + sentence + "\" is not how a digest speaks (" + facts + ")");
                    }
                }
            }
        }

        @Test
        void theSameFactsAlwaysGiveTheSameSentences() {
            Random random = new Random(48);
            for (int i = 0; i < 1_000; i++) {
                DigestFacts facts = randomFacts(random);

                assertThat(DigestRule.sentences(facts)).isEqualTo(DigestRule.sentences(facts));
            }
        }
    }

    /** Any of {@code words} standing as a word (a symbol anywhere). */
    private static Pattern words(List<String> words) {
        return Pattern.compile("(?<![a-z])(" + String.join("|", words.stream().map(Pattern::quote).toList())
                + ")(?![a-z])");
    }

    private static DigestFacts facts(DigestFacts.Week week, DigestFacts.Week before) {
        return new DigestFacts(week, before, List.of(), List.of(), 0, 0, 0);
    }

    private static DigestFacts.Badge badge(String id, String name) {
        return new DigestFacts.Badge(id, name, Instant.parse("2026-11-20T10:00:00Z"), "event-" + id);
    }

    private static DigestFacts randomFacts(Random random) {
        List<DigestFacts.Badge> badges = new ArrayList<>();
        for (int b = random.nextInt(4); b > 0; b--) {
            badges.add(badge("badge-" + b, "Badge " + b));
        }
        List<DigestFacts.SkillRise> skills = new ArrayList<>();
        String[] levels = {null, "ATTEMPTED", "FAMILIAR", "PROFICIENT", "MASTERED"};
        for (int s = random.nextInt(6); s > 0; s--) {
            int from = random.nextInt(4);
            skills.add(new DigestFacts.SkillRise("skill-" + s, levels[from], levels[from + 1]));
        }
        return new DigestFacts(randomWeek(random), randomWeek(random), badges, skills, random.nextInt(12),
                random.nextInt(3) == 0 ? 0 : random.nextInt(200), random.nextInt(3) == 0 ? 0 : random.nextInt(200));
    }

    private static DigestFacts.Week randomWeek(Random random) {
        if (random.nextInt(4) == 0) {
            return DigestFacts.Week.NOTHING;
        }
        int days = 1 + random.nextInt(7);
        long answers = random.nextInt(5) == 0 ? 0 : random.nextInt(300);
        long correct = answers == 0 ? 0 : random.nextInt((int) answers + 1);
        long xp = answers * 2 + correct * 8 + random.nextInt(3) * 5L;
        return new DigestFacts.Week(xp, answers, correct, random.nextInt(400), days);
    }
}
