package uz.daftar.projections.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import uz.daftar.events.coins.PrizeAwarded;
import uz.daftar.events.olympiad.OlympiadAnswerRecorded;
import uz.daftar.events.olympiad.OlympiadCreated;
import uz.daftar.events.olympiad.OlympiadQuestion;
import uz.daftar.events.olympiad.OlympiadSchedule;
import uz.daftar.events.olympiad.OlympiadSubmitted;
import uz.daftar.events.olympiad.ParticipantRegistered;
import uz.daftar.events.olympiad.ParticipationCancelled;
import uz.daftar.events.olympiad.ParticipationStarted;
import uz.daftar.events.olympiad.SubmissionGraded;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OlympiadDocumentsTest {

    static final String OLYMPIAD = "olymp-2025-math-5";
    static final String STUDENT = "stu-5b1e0c";
    static final String ANSWER = "SECRET-ANSWER-42";
    static final Instant AT = Instant.parse("2025-09-10T05:20:00Z");

    static List<Object> participantEvents() {
        return List.of(
                new ParticipantRegistered(OLYMPIAD, STUDENT, 5, "olympiad-fee:" + OLYMPIAD, AT),
                new ParticipationStarted(OLYMPIAD, STUDENT, "olympiad-fee:" + OLYMPIAD, AT, AT.plusSeconds(2700)),
                new OlympiadAnswerRecorded(OLYMPIAD, STUDENT, "q1", ANSWER, AT),
                new OlympiadSubmitted(OLYMPIAD, STUDENT, Map.of("q1", ANSWER), false, AT),
                new OlympiadSubmitted(OLYMPIAD, STUDENT, Map.of("q1", ANSWER), true, AT),
                new SubmissionGraded(OLYMPIAD, STUDENT, 7, 10, List.of("q1"), "olympiad-grading.v1", AT),
                new ParticipationCancelled(OLYMPIAD, STUDENT, null, "The venue's network is down", AT));
    }

    @Test
    void everyStepOfAParticipationIsTheStudentsActivity() {
        for (Object event : participantEvents()) {
            Map<String, Object> document = stored(OlympiadDocuments.of(event));

            assertThat(document).containsEntry("studentId", STUDENT).containsEntry("olympiadId", OLYMPIAD)
                    .containsEntry("type", event.getClass().getSimpleName());
        }
    }

    @Test
    void noDocumentShowsAnAnswer() {
        for (Object event : participantEvents()) {
            assertThat(stored(OlympiadDocuments.of(event)).toString()).doesNotContain(ANSWER);
        }
    }

    @Test
    void theOlympiadItselfWithItsAnswerKeysIsNoActivity() {
        OlympiadCreated created = new OlympiadCreated(OLYMPIAD, Map.of("ru", "Олимпиада"), "math", 9, 11,
                List.of(new OlympiadQuestion("q1", 3, ANSWER)), new OlympiadSchedule(AT, AT, AT, AT, 60, AT), 0,
                List.of(), "adm-1", AT);

        assertThat(OlympiadDocuments.of(created)).isEmpty();
    }

    @Test
    void aGradedSubmissionSaysThePointsInPlainWords() {
        Map<String, Object> document = stored(OlympiadDocuments.of(
                new SubmissionGraded(OLYMPIAD, STUDENT, 7, 10, List.of("q1"), "olympiad-grading.v1", AT)));

        assertThat(document).containsEntry("description", "Submitted olympiad " + OLYMPIAD + ": 7 of 10 points.")
                .containsEntry("score", 7).containsEntry("ruleVersion", "olympiad-grading.v1");
    }

    @Test
    void aPrizeIsCoinActivityOfItsOlympiad() {
        Map<String, Object> document = stored(CoinDocuments.of(new PrizeAwarded(STUDENT, "entry-1", 30, OLYMPIAD, 2,
                "olympiad-prizes.v1", "platform:issuance", "wallet:" + STUDENT, 47, AT)));

        assertThat(document).containsEntry("type", "PrizeAwarded").containsEntry("coins", 30L)
                .containsEntry("olympiadId", OLYMPIAD).containsEntry("entryId", "entry-1")
                .containsEntry("description", "Won 30 coin(s) for rank 2 in olympiad " + OLYMPIAD + "; balance 47.");
    }

    @Test
    void everyFieldIsInTheStrictMapping() throws IOException {
        Set<String> fields = new HashSet<>();
        for (Object event : participantEvents()) {
            fields.addAll(stored(OlympiadDocuments.of(event)).keySet());
        }
        fields.addAll(stored(CoinDocuments.of(new PrizeAwarded(STUDENT, "entry-1", 30, OLYMPIAD, 2,
                "olympiad-prizes.v1", "platform:issuance", "wallet:" + STUDENT, 47, AT))).keySet());

        assertThat(mappedFields()).containsAll(fields);
    }

    private static Map<String, Object> stored(Optional<ActivityDocument> document) {
        assertThat(document).isPresent();
        return document.orElseThrow().stored("event-1", 3);
    }

    private static Set<String> mappedFields() throws IOException {
        try (InputStream mapping = OlympiadDocumentsTest.class.getResourceAsStream(
                "/elasticsearch/" + ActivityIndex.INDEX + ".json")) {
            JsonNode properties = new ObjectMapper().readTree(mapping).path("mappings").path("properties");
            Set<String> fields = new HashSet<>();
            properties.fieldNames().forEachRemaining(fields::add);
            return fields;
        }
    }
}
