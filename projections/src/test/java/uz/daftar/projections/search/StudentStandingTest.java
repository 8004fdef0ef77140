package uz.daftar.projections.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import uz.daftar.events.learner.StudentRegistered;
import uz.daftar.events.practice.PracticeActivity;
import uz.daftar.events.practice.PracticeAnswerRecorded;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class StudentStandingTest {

    static final String STUDENT = "stu-5b1e0c";
    static final Instant AT = Instant.parse("2026-03-02T07:15:00Z");

    @Test
    void aDocumentGetsTheRegionAndTheAgeBandTheStudentHadWhenTheEventHappened() {
        Map<String, Object> document = new StudentStanding("TK-01", 2018).describe(answer()).stored("ev-1", 3);

        assertThat(document).containsEntry("region", "TK-01").containsEntry("ageBand", "7-8")
                .containsEntry("studentId", STUDENT).containsEntry("skill", "math.addition");
    }

    @Test
    void aStudentInNoCentreYetHasNoRegionField() {
        Map<String, Object> document = new StudentStanding(null, 2018).describe(answer()).stored("ev-1", 3);

        assertThat(document).doesNotContainKey("region").containsEntry("ageBand", "7-8");
    }

    @Test
    void aStudentWithAnUnknownBirthYearHasNoAgeBandField() {
        Map<String, Object> document = StudentStanding.UNKNOWN.describe(answer()).stored("ev-1", 3);

        assertThat(document).doesNotContainKeys("region", "ageBand");
    }

    @Test
    void theAgeBandIsTakenAtTheTimeOfTheEventNotOfIndexing() {
        ActivityDocument registered = LearnerDocuments.of(new StudentRegistered(STUDENT, "pk-1", "sealed", 2018,
                "Asia/Tashkent", "uz", Instant.parse("2024-09-01T04:30:00Z"))).orElseThrow();

        assertThat(new StudentStanding(null, 2018).describe(registered).stored("ev-0", 0))
                .containsEntry("ageBand", "5-6");
    }

    @Test
    void theMappingDeclaresRegionAndAgeBandAsKeywords() throws IOException {
        try (InputStream mapping = StudentStandingTest.class.getResourceAsStream(
                "/elasticsearch/" + ActivityIndex.INDEX + ".json")) {
            JsonNode properties = new ObjectMapper().readTree(mapping).path("mappings").path("properties");
            Set<String> keywords = new HashSet<>();
            properties.fields().forEachRemaining(field -> {
                if ("keyword".equals(field.getValue().path("type").asText())) {
                    keywords.add(field.getKey());
                }
            });
            assertThat(keywords).contains("region", "ageBand");
        }
    }

    private static ActivityDocument answer() {
        return PracticeDocuments.of(new PracticeAnswerRecorded("ans-1", "att-1", STUDENT, PracticeActivity.QUIZ,
                "item-1", "math.addition", "7", true, 4000, AT, AT.plusSeconds(1))).orElseThrow();
    }
}
