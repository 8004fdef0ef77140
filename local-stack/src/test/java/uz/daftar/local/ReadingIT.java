package uz.daftar.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uz.daftar.platform.store.ProcessorPositions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reading aloud on the real stack: nothing is stored or appended without speech consent; the speech service answers
 * 503 while it is not configured, a teacher scores instead and XP, coins and mastery follow; withdrawing consent
 * deletes the recordings with an event each; with a (fake) speech service the result is recorded as AZURE; when the
 * reading process sees the whole history again and the read models are replayed, the service is called no more and
 * the read models come out the same.
 */
class ReadingIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEXT = "Bahor keldi, qushlar sayradi.";

    static TestStack stack;
    static Http.Target api;
    static String admin;
    static FakeSpeech.Service speech;
    static JdbcTemplate store;
    static Path audioDir;

    @BeforeAll
    static void startStack() {
        stack = TestStack.get();
        api = new Http.Target(stack.apps.commandUrl());
        admin = stack.issuer.token("reading-admin", "ADMIN");
        speech = stack.apps.commandSide().getBean(FakeSpeech.Service.class);
        store = stack.apps.commandSide().getBean(JdbcTemplate.class);
        audioDir = Path.of(stack.apps.commandSide().getEnvironment().getProperty("daftar.reading.audio-dir"));
    }

    @AfterEach
    void speechServiceAsWithoutKeys() {
        speech.unconfigure();
    }

    @Test
    void withoutConsentNothingIsStoredOrAppendedAndOnlyTheFamilyDecidesOnConsent() {
        Family family = family();
        byte[] wav = DemoAudio.reading(523, 800);

        Http.Reply refused = upload(family, "read-" + family.suffix, "TEACHER", wav, family.studentToken());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("Speech consent not recorded");
        assertThat(eventsOf("reading:read-" + family.suffix)).isZero();
        assertThat(Files.exists(audioFile(wav))).isFalse();
        assertThat(consent(family.student, stack.issuer.token("parent-other-" + family.suffix, "PARENT"), true,
                "c-other").status()).isEqualTo(403);
        assertThat(consent(family.student, family.studentToken(), true, "c-self").status()).isEqualTo(403);
        assertThat(eventsOf("student:" + family.student, "%SpeechConsentGiven")).isZero();
    }

    @Test
    void onlyTheStudentTheirTeacherOrAnAdminUploadsAndOnlyA16kMonoWavInAKnownLanguage() throws IOException {
        Family family = family();
        consent(family.student, family.parentToken(), true, "consent");
        byte[] wav = DemoAudio.reading(698, 600);

        assertThat(upload(family, "read-o-" + family.suffix, "TEACHER", wav,
                stack.issuer.token("reader-other-" + family.suffix, "STUDENT")).status()).isEqualTo(403);
        assertThat(upload(family, "read-p-" + family.suffix, "TEACHER", wav, family.parentToken()).status())
                .isEqualTo(403);
        assertThat(upload(family, "read-x-" + family.suffix, "TEACHER", wav,
                stack.issuer.token("teacher-x-" + family.suffix, "TEACHER")).status()).isEqualTo(403);
        Http.Reply notWav = upload(family, "read-n-" + family.suffix, "TEACHER",
                "not a wav file, just text".getBytes(StandardCharsets.UTF_8), family.studentToken());
        assertThat(notWav.status()).isEqualTo(422);
        assertThat(notWav.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Http.multipart(stack.apps.commandUrl() + "/api/v1/students/" + family.student
                        + "/reading-attempts", family.studentToken(), Map.of("text", TEXT, "language", "de",
                        "assessor", "TEACHER"), "audio", "reading.wav", "audio/wav", wav,
                Http.headers("Idempotency-Key", "lang-" + family.suffix)).status()).isEqualTo(422);
        assertThat(eventsOf("reading:read-o-" + family.suffix) + eventsOf("reading:read-p-" + family.suffix)
                + eventsOf("reading:read-x-" + family.suffix) + eventsOf("reading:read-n-" + family.suffix)).isZero();

        Http.Reply byTeacher = upload(family, "read-tc-" + family.suffix, "TEACHER", wav,
                stack.issuer.token(family.teacher, "TEACHER"));
        assertThat(byTeacher.status()).isEqualTo(201);
        assertThat(JSON.readTree(byTeacher.body()).path("id").asText()).isEqualTo("read-tc-" + family.suffix);
        assertThat(upload(family, "read-tc-" + family.suffix, "TEACHER", wav,
                stack.issuer.token(family.teacher, "TEACHER")).status()).isEqualTo(201);
        assertThat(eventsOf("reading:read-tc-" + family.suffix)).isEqualTo(1);
    }

    @Test
    void theSpeechServiceIsUnavailableWithoutKeysButATeacherScoresAndRewardsFollow() throws IOException {
        Family family = family();
        assertThat(consent(family.student, family.parentToken(), true, "consent").status()).isEqualTo(200);
        byte[] wav = DemoAudio.reading(587, 900);

        Http.Reply unavailable = upload(family, "read-az-" + family.suffix, "AZURE", wav, family.studentToken());
        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(unavailable.header("Content-Type")).startsWith("application/problem+json");
        assertThat(JSON.readTree(unavailable.body()).path("feature").asText()).isEqualTo("reading-assessment");
        assertThat(eventsOf("reading:read-az-" + family.suffix)).isZero();

        String attempt = "read-t-" + family.suffix;
        Http.Reply uploaded = upload(family, attempt, "TEACHER", wav, family.studentToken());
        assertThat(uploaded.status()).isEqualTo(201);
        assertThat(Files.exists(audioFile(wav))).isTrue();
        String classPath = "/api/v1/classes/class-" + family.suffix + "/reading-attempts?status=SUBMITTED";
        JsonNode waiting = QueryReads.json(stack, classPath, stack.issuer.token(family.teacher, "TEACHER"),
                JSON.readTree(uploaded.body()).path("position").asText());
        assertThat(waiting.path("attempts").get(0).path("attemptId").asText()).isEqualTo(attempt);
        assertThat(Http.get(stack.apps.queryUrl() + classPath, stack.issuer.token("teacher-x-" + family.suffix,
                "TEACHER"), Map.of()).status()).isEqualTo(403);
        assertThat(score(attempt, stack.issuer.token("teacher-x-" + family.suffix, "TEACHER"), "s-x").status())
                .isEqualTo(403);
        Http.Reply scored = score(attempt, stack.issuer.token(family.teacher, "TEACHER"), "s-1");
        assertThat(scored.status()).isEqualTo(200);
        assertThat(score(attempt, stack.issuer.token(family.teacher, "TEACHER"), "s-2").status()).isEqualTo(409);

        JsonNode attempts = QueryReads.json(stack, "/api/v1/students/" + family.student + "/reading-attempts",
                family.parentToken(), JSON.readTree(scored.body()).path("position").asText());
        JsonNode row = attempts.path("attempts").get(0);
        assertThat(row.path("status").asText()).isEqualTo("ASSESSED");
        assertThat(row.path("source").asText()).isEqualTo("TEACHER");
        assertThat(row.path("assessedBy").asText()).isEqualTo(family.teacher);
        assertThat(row.path("pronunciation").asDouble()).isEqualTo(91.0);
        assertThat(row.path("words").get(0).path("errorType").asText()).isEqualTo("None");
        assertThat(Http.get(stack.apps.queryUrl() + "/api/v1/students/" + family.student + "/reading-attempts",
                stack.issuer.token("parent-other-" + family.suffix, "PARENT"), Map.of()).status()).isEqualTo(403);
        await().atMost(Duration.ofMinutes(1)).ignoreExceptions().untilAsserted(() -> {
            JsonNode dashboard = QueryReads.json(stack, "/api/v1/students/" + family.student + "/dashboard",
                    family.parentToken());
            assertThat(dashboard.path("totalXp").asLong()).isEqualTo(20);
            assertThat(StreamSupport.stream(dashboard.path("mastery").spliterator(), false)
                    .map(skill -> skill.path("skill").asText())).contains("reading:uz-Latn");
            JsonNode ledger = QueryReads.json(stack, "/api/v1/students/" + family.student + "/ledger",
                    family.parentToken());
            assertThat(StreamSupport.stream(ledger.path("entries").spliterator(), false)
                    .filter(entry -> entry.path("ruleVersion").asText().equals("coins.reading.v1"))
                    .map(entry -> entry.path("amount").asLong())).containsExactly(3L);
        });

        // withdrawing the consent deletes the recording, recorded as an event
        assertThat(consent(family.student, family.parentToken(), false, "withdraw").status()).isEqualTo(200);
        await().atMost(Duration.ofMinutes(1)).ignoreExceptions().untilAsserted(() -> {
            JsonNode deleted = QueryReads.json(stack, "/api/v1/students/" + family.student + "/reading-attempts",
                    family.parentToken()).path("attempts").get(0);
            assertThat(deleted.path("audioKept").asBoolean()).isFalse();
            assertThat(deleted.path("audioDeletedReason").asText()).isEqualTo("CONSENT_WITHDRAWN");
        });
        assertThat(eventsOf("reading:" + attempt, "%ReadingAudioDeleted")).isEqualTo(1);
        assertThat(Files.exists(audioFile(wav))).isFalse();
        assertThat(upload(family, "read-late-" + family.suffix, "TEACHER", wav, family.studentToken()).status())
                .isEqualTo(403);
    }

    @Test
    void theServicesResultIsRecordedOnceAndAReplayCallsItNoMoreAndYieldsTheSameReadModels() throws IOException {
        speech.answerWith(recorded("bahor-keldi.json"));
        Family family = family();
        consent(family.student, family.parentToken(), true, "consent");
        String attempt = "read-svc-" + family.suffix;
        int callsBefore = speech.calls();

        assertThat(upload(family, attempt, "AZURE", DemoAudio.reading(659, 700), family.studentToken()).status())
                .isEqualTo(201);

        await().atMost(Duration.ofMinutes(1)).ignoreExceptions().untilAsserted(() -> {
            JsonNode row = QueryReads.json(stack, "/api/v1/students/" + family.student + "/reading-attempts",
                    family.parentToken()).path("attempts").get(0);
            assertThat(row.path("status").asText()).isEqualTo("ASSESSED");
            assertThat(row.path("source").asText()).isEqualTo("AZURE");
            assertThat(row.path("sdkVersion").asText()).isEqualTo("fake-1.0");
            assertThat(row.path("settings").path("locale").asText()).isEqualTo("uz-UZ");
            assertThat(row.path("words").get(2).path("errorType").asText()).isEqualTo("Omission");
            assertThat(row.path("prosody").asDouble()).isEqualTo(74.5);
        });
        assertThat(speech.calls()).isEqualTo(callsBefore + 1);
        assertThat(eventsOf("reading:" + attempt, "%ReadingAssessed")).isEqualTo(1);

        // when the reading process sees the whole history again and every read model is replayed, with a service
        // that must not be called
        speech.failOnAnyCall();
        int callsBeforeReplay = speech.calls();
        ReplayCheck replay = new ReplayCheck(stack.apps.querySide());
        replay.awaitCaughtUp(Duration.ofMinutes(5));
        JdbcTemplate readModels = stack.apps.querySide().getBean(JdbcTemplate.class);
        Map<String, String> live = ReadModelDigests.of(readModels, stack.elasticsearch.url());
        redeliverEverything("reading-assessment");
        replay.resetAndReplayAll(Duration.ofMinutes(5));

        // then
        assertThat(ReadModelDigests.of(readModels, stack.elasticsearch.url())).isEqualTo(live);
        assertThat(speech.calls()).isEqualTo(callsBeforeReplay);
        assertThat(eventsOf("reading:" + attempt, "%ReadingAssessed")).isEqualTo(1);
        assertThat(eventsOf("reading:" + attempt, "%ReadingAssessmentFailed")).isZero();
    }

    /**
     * Rewinds a command-side process to the start of the store, as a redelivery of the whole history would: Axon
     * refuses to reset a {@code @DisallowReplay} processor, so its tokens are set back directly. Then waits until it
     * has gone through everything again.
     */
    private static void redeliverEverything(String processingGroup) {
        StreamingEventProcessor processor = stack.apps.commandSide().getBean(EventProcessingConfiguration.class)
                .eventProcessor(processingGroup, StreamingEventProcessor.class).orElseThrow();
        TokenStore tokens = stack.apps.commandSide().getBean(TokenStore.class);
        TransactionTemplate transaction = new TransactionTemplate(
                stack.apps.commandSide().getBean(PlatformTransactionManager.class));
        processor.shutDown();
        transaction.executeWithoutResult(status -> {
            for (int segment : tokens.fetchSegments(processingGroup)) {
                tokens.storeToken(null, processingGroup, segment);
                tokens.releaseClaim(processingGroup, segment);
            }
        });
        processor.start();
        ProcessorPositions positions = stack.apps.commandSide().getBean(ProcessorPositions.class);
        long head = positions.head();
        await().atMost(Duration.ofMinutes(5))
                .until(() -> positions.watermark(processingGroup).orElse(-1) >= head);
    }

    private record Family(String suffix, String student, String parent, String teacher) {
        String studentToken() {
            return stack.issuer.token(student, "STUDENT");
        }

        String parentToken() {
            return stack.issuer.token(parent, "PARENT");
        }
    }

    /** A registered student with a linked parent, enrolled in a class whose teacher may score their reading. */
    private static Family family() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        Family family = new Family(s, "reader-" + s, "reader-parent-" + s, "reader-teacher-" + s);
        String centre = "reading-centre-" + s;
        api.require(201, "/api/v1/students", admin, "register-" + family.student, """
                {"studentId":"%s","displayName":"Reader","birthDate":"2017-03-03","language":"uz-Latn"}"""
                .formatted(family.student));
        api.require(200, "/api/v1/students/" + family.student + "/guardians", admin, "link-" + family.student,
                "{\"guardianId\":\"" + family.parent + "\"}");
        api.require(201, "/api/v1/centres", admin, "centre-" + centre,
                "{\"centreId\":\"%s\",\"name\":\"Reading centre\",\"region\":\"UZ-TK\"}".formatted(centre));
        api.require(200, "/api/v1/centres/" + centre + "/teachers", admin, "teacher-" + centre,
                "{\"teacherId\":\"" + family.teacher + "\"}");
        api.require(201, "/api/v1/classes", admin, "class-" + centre, """
                {"classId":"class-%s","centreId":"%s","teacherId":"%s","name":"Readers"}"""
                .formatted(s, centre, family.teacher));
        api.require(200, "/api/v1/classes/class-" + s + "/students", admin, "enrol-" + family.student,
                "{\"studentId\":\"" + family.student + "\"}");
        return family;
    }

    private static Http.Reply upload(Family family, String attemptId, String assessor, byte[] wav, String token) {
        return Http.multipart(stack.apps.commandUrl() + "/api/v1/students/" + family.student + "/reading-attempts",
                token, Map.of("attemptId", attemptId, "text", TEXT, "language", "uz-Latn", "assessor", assessor),
                "audio", "reading.wav", "audio/wav", wav, Http.headers("Idempotency-Key", "upload-" + attemptId));
    }

    private static Http.Reply consent(String student, String token, boolean consent, String key) {
        return Http.post(stack.apps.commandUrl() + "/api/v1/students/" + student + "/speech-consent", token,
                "{\"consent\":" + consent + "}", Http.headers("Idempotency-Key", key + "-" + student));
    }

    private static Http.Reply score(String attemptId, String token, String key) {
        return Http.post(stack.apps.commandUrl() + "/api/v1/reading-attempts/" + attemptId + "/teacher-score", token, """
                {"accuracy":90,"fluency":92,"completeness":100,"pronunciation":91,
                 "words":[{"word":"Bahor","accuracy":95,"errorType":"None"}]}""",
                Http.headers("Idempotency-Key", key + "-" + attemptId));
    }

    private static long eventsOf(String stream) {
        return eventsOf(stream, "%");
    }

    private static long eventsOf(String stream, String payloadType) {
        return store.queryForObject("SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                + "AND payloadType LIKE ?", Long.class, stream, payloadType);
    }

    private static Path audioFile(byte[] wav) {
        try {
            String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(wav));
            return audioDir.resolve(hex.substring(0, 2)).resolve(hex + ".wav");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A pronunciation assessment result JSON in the Speech SDK's own format, as the adapter's tests record it. */
    private static String recorded(String file) {
        try (InputStream in = ReadingIT.class.getResourceAsStream("/azure/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
