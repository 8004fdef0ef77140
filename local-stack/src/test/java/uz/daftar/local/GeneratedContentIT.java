package uz.daftar.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uz.daftar.command.CommandSideApplication;
import uz.daftar.platform.store.ProcessorPositions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Generated content on the real stack, against a fake model server speaking the OpenAI API (the command side's
 * {@code daftar.ai.base-url}): a report narrative requested, generated and shown in the report page and PDF;
 * recommendations from weak skills; a story draft that children see only once the class teacher approved it; a
 * topic or an output carrying a child's name refused; who may ask; a command side without a provider answering 503
 * while the rest works; and a full replay that calls no model and yields identical read models.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeneratedContentIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static final String NARRATIVE = "{\"paragraphs\":[\"Your child practised steadily and answered most"
            + " questions correctly.\"],\"highlights\":[\"Steady practice\"]}";

    static TestStack stack;
    static Http.Target api;
    static String admin;
    static String s;
    static String student;
    static String classmate;
    static String parent;
    static String teacher;
    static String otherTeacher;
    static String classId;
    static String otherClass;
    static String childName;
    static LocalDate from;
    static LocalDate to;

    @BeforeAll
    static void aClassWithTwoChildrenOneOfWhomPractised() {
        stack = TestStack.get();
        api = new Http.Target(stack.apps.commandUrl());
        admin = stack.issuer.token("ai-it-admin", "ADMIN");
        s = UUID.randomUUID().toString().substring(0, 8);
        student = "ai-kid-" + s;
        classmate = "ai-mate-" + s;
        parent = "ai-parent-" + s;
        teacher = "ai-teacher-" + s;
        otherTeacher = "ai-other-teacher-" + s;
        classId = "ai-class-" + s;
        otherClass = "ai-other-class-" + s;
        childName = "Gulnoza Rahimova";
        String centre = "ai-centre-" + s;
        api.require(201, "/api/v1/centres", admin, "centre-" + centre, """
                {"centreId":"%s","name":"Centre","region":"UZ-TK"}""".formatted(centre));
        for (String[] taught : List.of(new String[] {teacher, classId}, new String[] {otherTeacher, otherClass})) {
            api.require(200, "/api/v1/centres/" + centre + "/teachers", admin, "teacher-" + taught[0],
                    "{\"teacherId\":\"" + taught[0] + "\"}");
            api.require(201, "/api/v1/classes", admin, "class-" + taught[1], """
                    {"classId":"%s","centreId":"%s","teacherId":"%s","name":"Class"}"""
                    .formatted(taught[1], centre, taught[0]));
        }
        register(student, childName, "2017-04-04");
        register(classmate, "Sardorbek Aliyev", "2016-09-21");
        api.require(200, "/api/v1/students/" + student + "/guardians", admin, "link-" + student,
                "{\"guardianId\":\"" + parent + "\"}");
        Instant now = Instant.now();
        answer("a1", "math.add-10", true, now.minusSeconds(300));
        answer("a2", "math.add-10", false, now.minusSeconds(240));
        answer("a3", "letters.a-z", true, now.minusSeconds(180));
        to = LocalDate.now(TASHKENT);
        from = to.minusDays(6);
        awaitReadModels();
        stack.openAi.answer(GeneratedContentIT::answerFor);
    }

    private static void register(String id, String name, String birthDate) {
        api.require(201, "/api/v1/students", admin, "register-" + id, """
                {"studentId":"%s","displayName":"%s","birthDate":"%s","language":"uz-Latn"}"""
                .formatted(id, name, birthDate));
        api.require(200, "/api/v1/classes/" + classId + "/students", admin, "enrol-" + id,
                "{\"studentId\":\"" + id + "\"}");
    }

    private static void answer(String answerId, String skill, boolean correct, Instant at) {
        api.require(200, "/api/v1/practice/answers", stack.issuer.token(student, "STUDENT"), answerId + student, """
                {"answerId":"%s","attemptId":"attempt-%s","studentId":"%s","activity":"QUIZ","itemId":"%s",\
                "skill":"%s","givenAnswer":"7","correct":%s,"timeTakenMillis":30000,"answeredAt":"%s"}"""
                .formatted(answerId + "-" + student, student, student, answerId, skill, correct, at));
    }

    /** The fake model: a valid answer of the kind the request's schema names; a topic "echo" answers a name. */
    private static String answerFor(String request) {
        JsonNode body = read(request);
        String user = body.at("/messages/1/content").asText();
        return switch (body.at("/response_format/json_schema/name").asText()) {
            case "parent_narrative" -> NARRATIVE;
            case "recommendations" -> "{\"recommendations\":[{\"skill\":\"math.add-10\",\"title\":\"Adding up to 10"
                    + "\",\"activity\":\"Count apples with a friend.\"}]}";
            case "story_draft" -> user.contains("echo") ? "{\"title\":\"Gulnoza and the moon\",\"paragraphs\":["
                    + "\"Once upon a time.\"]}" : "{\"title\":\"The hedgehog who counted\",\"paragraphs\":["
                    + "\"Once upon a time a hedgehog counted stars.\",\"The end.\"]}";
            case "quiz_draft" -> "{\"title\":\"Sums\",\"questions\":[{\"question\":\"2 + 3?\",\"options\":[\"4\","
                    + "\"5\",\"6\"],\"correctOption\":1}]}";
            default -> null;
        };
    }

    @Test
    @Order(1)
    void aNarrativeIsGeneratedFromTheReportsFiguresAndShownInThePageAndPdf() throws IOException {
        String id = "narrative-" + s;
        int before = stack.openAi.requests().size();
        Http.Reply accepted = post("/api/v1/students/" + student + "/narratives", parentToken(), """
                {"requestId":"%s","from":"%s","to":"%s"}""".formatted(id, from, to));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);

        JsonNode artefact = awaitSettled(id, parentToken());
        assertThat(artefact.get("status").asText()).isEqualTo("GENERATED");
        assertThat(artefact.get("model").asText()).isEqualTo("fake-gpt-it");
        assertThat(artefact.get("promptVersion").asText()).isEqualTo("parent-narrative.v1");
        assertThat(artefact.get("output")).isEqualTo(read(NARRATIVE));
        assertThat(artefact.get("inputReferences").toString()).contains("report-facts-watermark:")
                .contains("report-period:" + from + ".." + to);
        String sent = stack.openAi.requests().get(before);
        assertThat(read(sent).at("/messages/1/content").asText()).contains("\"answers\" : 3");
        assertNoPersonalData(sent);

        String page = Http.get(stack.apps.queryUrl() + "/api/v1/students/" + student + "/report?from=" + from
                + "&to=" + to, parentToken(), Map.of()).body();
        assertThat(page).contains("Your child practised steadily and answered most questions correctly.")
                .contains("Generated text, written by the model fake-gpt-it with prompt parent-narrative.v1");
        Http.Download pdf = Http.download(stack.apps.queryUrl() + "/api/v1/students/" + student + "/report.pdf?from="
                + from + "&to=" + to, parentToken());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replace("\n", " ").replace("\r", "");
            assertThat(text).contains("Your child practised steadily").contains("fake-gpt-it");
        }
        String otherPeriod = Http.get(stack.apps.queryUrl() + "/api/v1/students/" + student + "/report?from="
                + from.minusDays(1) + "&to=" + to, parentToken(), Map.of()).body();
        assertThat(otherPeriod).doesNotContain("A note on this period");
    }

    @Test
    @Order(2)
    void recommendationsNameTheChildsOwnWeakSkills() {
        String id = "recommend-" + s;
        Http.Reply accepted = post("/api/v1/students/" + student + "/recommendations",
                stack.issuer.token(student, "STUDENT"), "{\"requestId\":\"" + id + "\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);

        JsonNode artefact = awaitSettled(id, stack.issuer.token(student, "STUDENT"));
        assertThat(artefact.get("status").asText()).isEqualTo("GENERATED");
        assertThat(artefact.at("/output/recommendations/0/skill").asText()).isEqualTo("math.add-10");
        String sent = stack.openAi.requests().get(stack.openAi.requests().size() - 1);
        assertThat(read(sent).at("/response_format/json_schema/schema/properties/recommendations/items/properties"
                + "/skill/enum").toString()).contains("math.add-10").contains("letters.a-z");
        assertNoPersonalData(sent);
    }

    @Test
    @Order(3)
    void childrenSeeADraftOnlyOnceTheirTeacherApprovedIt() {
        String id = "story-" + s;
        Http.Reply accepted = post("/api/v1/classes/" + classId + "/drafts", teacherToken(), """
                {"requestId":"%s","kind":"STORY","topic":"A hedgehog who learns to count","language":"en",\
                "gradeLevel":2}""".formatted(id));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(awaitSettled(id, teacherToken()).get("status").asText()).isEqualTo("GENERATED");
        String studentToken = stack.issuer.token(student, "STUDENT");
        assertThat(materials(studentToken)).noneMatch(material -> material.get("artefactId").asText().equals(id));
        assertThat(Http.get(stack.apps.queryUrl() + "/api/v1/artefacts/" + id, studentToken, Map.of()).status())
                .isEqualTo(404);
        assertThat(materials(teacherToken())).anyMatch(material -> material.get("artefactId").asText().equals(id)
                && material.get("status").asText().equals("GENERATED"));

        assertThat(post("/api/v1/classes/" + otherClass + "/drafts/" + id + "/approval",
                stack.issuer.token(otherTeacher, "TEACHER"), "{}").status()).isEqualTo(403);
        assertThat(post("/api/v1/classes/" + classId + "/drafts/" + id + "/approval",
                stack.issuer.token(otherTeacher, "TEACHER"), "{}").status()).isEqualTo(403);
        Http.Reply approved = post("/api/v1/classes/" + classId + "/drafts/" + id + "/approval", teacherToken(), "{}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        Http.Reply again = api.require(409, "/api/v1/classes/" + classId + "/drafts/" + id + "/approval",
                teacherToken(), "approve-again-" + id, "{}");
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");

        await().atMost(Duration.ofSeconds(30)).until(() -> materials(studentToken).stream()
                .anyMatch(material -> material.get("artefactId").asText().equals(id)));
        JsonNode seen = materials(studentToken).stream()
                .filter(material -> material.get("artefactId").asText().equals(id)).findFirst().orElseThrow();
        assertThat(seen.get("status").asText()).isEqualTo("APPROVED");
        assertThat(seen.at("/output/title").asText()).isEqualTo("The hedgehog who counted");
        assertThat(Http.get(stack.apps.queryUrl() + "/api/v1/classes/" + classId + "/materials",
                stack.issuer.token("ai-stranger-" + s, "STUDENT"), Map.of()).status()).isEqualTo(403);
    }

    @Test
    @Order(4)
    void aTopicWithAChildsNameIsRefusedBeforeAnythingIsRecordedOrSent() {
        int before = stack.openAi.requests().size();
        Http.Reply refused = post("/api/v1/classes/" + classId + "/drafts", teacherToken(), """
                {"requestId":"named-%s","kind":"QUIZ","topic":"Questions about sardorbek's family","language":"en",\
                "gradeLevel":2}""".formatted(s));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(read(refused.body()).get("code").asText()).isEqualTo("personal-data");
        assertThat(refused.body()).doesNotContain("Sardorbek").doesNotContain("sardorbek");
        assertThat(stack.openAi.requests()).hasSize(before);
        assertThat(Http.get(stack.apps.queryUrl() + "/api/v1/artefacts/named-" + s, teacherToken(), Map.of())
                .status()).isEqualTo(404);
    }

    @Test
    @Order(5)
    void anOutputNamingAChildIsNotRecorded() {
        String id = "echo-" + s;
        assertThat(post("/api/v1/classes/" + classId + "/drafts", teacherToken(), """
                {"requestId":"%s","kind":"STORY","topic":"an echo in the mountains","language":"en",\
                "gradeLevel":2}""".formatted(id)).status()).isEqualTo(202);

        JsonNode artefact = awaitSettled(id, teacherToken());
        assertThat(artefact.get("status").asText()).isEqualTo("FAILED");
        assertThat(artefact.get("failure").asText()).isEqualTo("PERSONAL_DATA");
        assertThat(artefact.has("output")).isFalse();
        assertThat(artefact.toString()).doesNotContain("Gulnoza");
    }

    @Test
    @Order(6)
    void onlyWhoMayAskCanAsk() {
        String body = "{\"requestId\":\"crossed-" + s + "\",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}";
        assertThat(post("/api/v1/students/" + student + "/narratives",
                stack.issuer.token("ai-not-the-parent-" + s, "PARENT"), body).status()).isEqualTo(403);
        assertThat(post("/api/v1/students/" + student + "/narratives", stack.issuer.token(student, "STUDENT"), body)
                .status()).isEqualTo(403);
        assertThat(post("/api/v1/students/" + student + "/narratives", teacherToken(), body).status())
                .isEqualTo(403);
        assertThat(post("/api/v1/students/" + student + "/recommendations", stack.issuer.token(classmate, "STUDENT"),
                "{\"requestId\":\"crossed-r-" + s + "\"}").status()).isEqualTo(403);
        assertThat(post("/api/v1/students/" + student + "/recommendations",
                stack.issuer.token(otherTeacher, "TEACHER"), "{\"requestId\":\"crossed-t-" + s + "\",\"classId\":\""
                        + classId + "\"}").status()).isEqualTo(403);
        assertThat(post("/api/v1/classes/" + classId + "/drafts", stack.issuer.token(otherTeacher, "TEACHER"), """
                {"requestId":"crossed-d-%s","kind":"STORY","topic":"stars","language":"en","gradeLevel":1}"""
                .formatted(s)).status()).isEqualTo(403);
        assertThat(Http.get(stack.apps.queryUrl() + "/api/v1/artefacts/narrative-" + s,
                stack.issuer.token(student, "STUDENT"), Map.of()).status()).isEqualTo(403);
        assertThat(Http.get(stack.apps.queryUrl() + "/api/v1/students/" + student + "/artefacts",
                stack.issuer.token(classmate, "STUDENT"), Map.of()).status()).isEqualTo(403);
        JsonNode own = read(Http.get(stack.apps.queryUrl() + "/api/v1/students/" + student + "/artefacts",
                stack.issuer.token(student, "STUDENT"), Map.of()).body());
        assertThat(own.findValuesAsText("kind")).contains("RECOMMENDATIONS").doesNotContain("PARENT_NARRATIVE");
    }

    @Test
    @Order(7)
    void withoutAProviderTheFeaturesAnswer503AndTheRestWorks() {
        JdbcTemplate jdbc = stack.apps.commandSide().getBean(JdbcTemplate.class);
        String database = "no_ai_" + s.replace('-', '_');
        jdbc.execute("CREATE DATABASE " + database);
        Map<String, Object> settings = stack.settings.common();
        settings.put("spring.datasource.url", stack.settings.jdbcUrl().replace("/postgres", "/" + database));
        List<String> args = new ArrayList<>(List.of(CommandSideApplication.withConfigName()));
        settings.forEach((key, value) -> args.add("--" + key + "=" + value));
        args.add("--server.port=0");
        try (ConfigurableApplicationContext alone = CommandSideApplication.builder().registerShutdownHook(false)
                .run(args.toArray(String[]::new))) {
            String url = "http://localhost:" + alone.getEnvironment().getProperty("local.server.port");
            Http.Reply unavailable = Http.post(url + "/api/v1/students/" + student + "/narratives", admin,
                    "{\"requestId\":\"absent-" + s + "\",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}",
                    Http.headers("Idempotency-Key", "absent-" + s));

            assertThat(unavailable.status()).isEqualTo(503);
            assertThat(unavailable.header("Content-Type")).startsWith("application/problem+json");
            JsonNode problem = read(unavailable.body());
            assertThat(problem.get("feature").asText()).isEqualTo("parent-narrative");
            assertThat(problem.get("reason").asText()).isEqualTo("NOT_CONFIGURED");
            assertThat(Http.post(url + "/api/v1/classes/" + classId + "/drafts", teacherToken(), """
                    {"requestId":"absent-d-%s","kind":"STORY","topic":"stars","language":"en","gradeLevel":1}"""
                    .formatted(s), Http.headers("Idempotency-Key", "absent-d-" + s)).status()).isEqualTo(503);
            Http.Reply registered = Http.post(url + "/api/v1/students", admin, """
                    {"studentId":"alone-%s","displayName":"Alone","birthDate":"2018-01-01","language":"en"}"""
                    .formatted(s), Http.headers("Idempotency-Key", "alone-" + s));
            assertThat(registered.status()).as(registered.body()).isEqualTo(201);
            JsonNode outside = read(Http.get(url + "/api/v1/outside", admin, Map.of()).body());
            assertThat(outside.toString()).contains("parent-narrative").contains("NOT_CONFIGURED");
        }
    }

    @Test
    @Order(8)
    void aFullReplayCallsNoModelAndRebuildsIdenticalReadModels() {
        awaitReadModels();
        ReplayCheck replay = new ReplayCheck(stack.apps.querySide());
        JdbcTemplate jdbc = stack.apps.querySide().getBean(JdbcTemplate.class);
        Map<String, String> live = ReadModelDigests.of(jdbc, stack.elasticsearch.url());
        assertThat(live.get("table ai_artefact")).doesNotStartWith("0:");
        int before = stack.openAi.requests().size();
        stack.openAi.refuseEverything(true);
        try {
            replay.resetAndReplayAll(Duration.ofMinutes(5));

            assertThat(ReadModelDigests.of(jdbc, stack.elasticsearch.url())).isEqualTo(live);
            assertThat(stack.openAi.violations()).isEmpty();
            assertThat(stack.openAi.requests()).hasSize(before);
            StreamingEventProcessor generation = stack.apps.commandSide().getBean(EventProcessingConfiguration.class)
                    .eventProcessor("artefact-generation", StreamingEventProcessor.class).orElseThrow();
            assertThat(generation.supportsReset()).as("the generation process refuses a reset").isFalse();
        } finally {
            stack.openAi.refuseEverything(false);
        }
    }

    private static String parentToken() {
        return stack.issuer.token(parent, "PARENT");
    }

    private static String teacherToken() {
        return stack.issuer.token(teacher, "TEACHER");
    }

    private static Http.Reply post(String path, String token, String json) {
        return Http.post(stack.apps.commandUrl() + path, token, json,
                Http.headers("Idempotency-Key", UUID.randomUUID().toString()));
    }

    private static List<JsonNode> materials(String token) {
        Http.Reply reply = Http.get(stack.apps.queryUrl() + "/api/v1/classes/" + classId + "/materials", token,
                Map.of());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<JsonNode> materials = new ArrayList<>();
        read(reply.body()).forEach(materials::add);
        return materials;
    }

    private static JsonNode awaitSettled(String artefactId, String token) {
        JsonNode[] artefact = new JsonNode[1];
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Http.Reply reply = Http.get(stack.apps.queryUrl() + "/api/v1/artefacts/" + artefactId, token, Map.of());
            if (reply.status() != 200) {
                return false;
            }
            artefact[0] = read(reply.body());
            return !artefact[0].get("status").asText().equals("REQUESTED");
        });
        return artefact[0];
    }

    private static void assertNoPersonalData(String sent) {
        assertThat(sent).doesNotContainIgnoringCase("Gulnoza").doesNotContainIgnoringCase("Rahimova")
                .doesNotContainIgnoringCase("Sardorbek").doesNotContainIgnoringCase("Aliyev")
                .doesNotContain("2017-04-04").doesNotContain("04.04.2017").doesNotContain(parent);
    }

    private static void awaitReadModels() {
        ProcessorPositions commandSide = stack.apps.commandSide().getBean(ProcessorPositions.class);
        ProcessorPositions querySide = stack.apps.querySide().getBean(ProcessorPositions.class);
        await().atMost(Duration.ofMinutes(2)).until(() -> List.of("progress-policy", "coin-policy",
                "artefact-generation").stream().allMatch(policy -> commandSide.watermark(policy).orElse(-1)
                >= querySide.head()));
        new ReplayCheck(stack.apps.querySide()).awaitCaughtUp(Duration.ofMinutes(2));
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
