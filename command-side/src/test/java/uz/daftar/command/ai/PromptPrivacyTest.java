package uz.daftar.command.ai;

import org.junit.jupiter.api.Test;
import uz.daftar.events.ai.ArtefactRequested;
import uz.daftar.events.learner.StudentProfile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No child's personal data in any prompt: every kind's prompt, rendered for students with the demo data's names and
 * birth dates, carries none of them; and the check that guards requests and outputs finds them where they are.
 */
class PromptPrivacyTest {

    private static final Instant NOW = Instant.parse("2025-11-02T08:00:00Z");
    private static final String[] NAMES = {"Aziza", "Bobur", "Dilnoza", "Jasur", "Kamola", "Laylo", "Madina",
            "Nodir", "Otabek", "Sardor", "Shahzoda", "Timur", "Zarina"};

    private static PersonalTerms demoStudents() {
        List<StudentProfile> profiles = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            profiles.add(new StudentProfile(NAMES[i] + " " + (char) ('A' + i) + ".",
                    LocalDate.of(2014 + i % 8, 1 + i % 12, 1 + i)));
        }
        return PersonalTerms.of(profiles, List.of("parent-001", "parent-002"));
    }

    static List<ArtefactRequested> requestsOfEveryKind() {
        String facts = """
                {"studentId":"student-001","period":{"from":"2025-10-01","to":"2025-10-31"},"xpEarned":340,
                 "totalXp":1200,"level":4,"answers":120,"correctAnswers":96,"accuracyPercent":80,"minutes":95,
                 "activeDays":14,"longestStreak":6,"coins":{"opening":10,"earned":40,"spent":15,"closing":35},
                 "skills":[{"skill":"letters.a-z","from":"FAMILIAR","to":"PROFICIENT"},
                           {"skill":"math.add-10","from":null,"to":"ATTEMPTED"}],
                 "badges":[{"badgeId":"streak-7","name":"Seven days in a row"}]}""";
        return List.of(
                new ArtefactRequested("n-1", "PARENT_NARRATIVE", "student-001", null, LocalDate.parse("2025-10-01"),
                        LocalDate.parse("2025-10-31"), "parent-001", "PARENT", "parent-narrative.v1", facts,
                        List.of("query-watermark:1"), NOW),
                new ArtefactRequested("r-1", "RECOMMENDATIONS", "student-001", null, null, null, "student-001",
                        "STUDENT", "recommendations.v1", "{\"skills\":[{\"skill\":\"math.add-10\",\"level\":"
                        + "\"ATTEMPTED\"},{\"skill\":\"letters.sh-ch\",\"level\":\"FAMILIAR\"}]}", List.of(), NOW),
                new ArtefactRequested("s-1", "STORY_DRAFT", null, "class-1", null, null, "teacher-1", "TEACHER",
                        "story-draft.v1", "{\"topic\":\"A hedgehog who learns to count\",\"language\":\"en\","
                        + "\"gradeLevel\":2}", List.of(), NOW),
                new ArtefactRequested("q-1", "QUIZ_DRAFT", null, "class-1", null, null, "teacher-1", "TEACHER",
                        "quiz-draft.v1", "{\"topic\":\"Harflar: A, B, D\",\"language\":\"uz-Latn\","
                        + "\"gradeLevel\":1}", List.of(), NOW));
    }

    @Test
    void noRenderedPromptCarriesAStudentsNameBirthDateOrGuardian() {
        PersonalTerms terms = demoStudents();
        for (ArtefactRequested requested : requestsOfEveryKind()) {
            Prompt prompt = Prompts.render(requested);

            assertThat(terms.foundIn(prompt.system())).as(requested.kind() + " system text").isEmpty();
            assertThat(terms.foundIn(prompt.user())).as(requested.kind() + " user text").isEmpty();
            assertThat(prompt.version()).isEqualTo(requested.promptVersion());
        }
    }

    @Test
    void aNameIsFoundWholeAndIgnoringCase() {
        PersonalTerms terms = demoStudents();

        assertThat(terms.foundIn("A story about KAMOLA and the moon")).contains("a student's name");
        assertThat(terms.foundIn("Timur's cat")).contains("a student's name");
        assertThat(terms.foundIn("Timurlane is not a name of ours")).isEmpty();
    }

    @Test
    void aBirthDateIsFoundInTheUsualWaysOfWritingIt() {
        PersonalTerms terms = PersonalTerms.of(List.of(new StudentProfile("Aziza K.", LocalDate.parse("2017-03-14"))),
                List.of());

        assertThat(terms.foundIn("born 2017-03-14")).contains("a student's birth date");
        assertThat(terms.foundIn("born 14.03.2017")).contains("a student's birth date");
        assertThat(terms.foundIn("born 14 March 2017")).contains("a student's birth date");
        assertThat(terms.foundIn("in 2017 there were 14 of them")).isEmpty();
    }

    @Test
    void aGuardiansIdIsFound() {
        assertThat(demoStudents().foundIn("ask parent-002 to help")).contains("a guardian's id");
    }

    @Test
    void aRecommendationPromptOffersExactlyTheGivenSkills() {
        Prompt prompt = Prompts.render(requestsOfEveryKind().get(1));

        assertThat(prompt.contract().schema().toString()).contains("enum=[math.add-10, letters.sh-ch]");
    }
}
