package uz.daftar.command.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uz.daftar.command.outside.OutsideFailure;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The OpenAI adapter through the real client, against a local fake server speaking the chat-completions API. */
class OpenAiGeneratorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STORY = "{\"title\":\"The brave hedgehog\",\"paragraphs\":[\"Once upon a time.\","
            + "\"The end.\"]}";

    private final FakeOpenAi server = new FakeOpenAi();
    private final OpenAiGenerator generator = new OpenAiGenerator(server.baseUrl(), null, "gpt-4o-mini",
            Duration.ofMillis(1500));
    private final Prompt prompt = new Prompt(ArtefactKind.STORY_DRAFT, "story-draft.v1", "You write stories.",
            "A story about a hedgehog for grade 2, in English.", OutputContracts.story());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aStructuredAnswerIsReturnedWithModelResponseIdAndUsage() throws Exception {
        server.answerWith(FakeOpenAi.completion("gpt-4o-mini-2024-07-18", STORY));

        Generation generation = generator.generate(prompt);

        assertThat(generation.model()).isEqualTo("gpt-4o-mini-2024-07-18");
        assertThat(generation.responseId()).isEqualTo("chatcmpl-fake-1");
        assertThat(JSON.readTree(generation.output())).isEqualTo(JSON.readTree(STORY));
        assertThat(generation.promptTokens()).isEqualTo(120L);
        assertThat(generation.completionTokens()).isEqualTo(45L);
    }

    @Test
    void theRequestNamesTheModelAndAStrictJsonSchemaAndCarriesOnlyThePrompt() throws Exception {
        server.answerWith(FakeOpenAi.completion("gpt-4o-mini", STORY));

        generator.generate(prompt);

        assertThat(server.requests()).hasSize(1);
        JsonNode sent = JSON.readTree(server.requests().get(0));
        assertThat(sent.path("model").asText()).isEqualTo("gpt-4o-mini");
        assertThat(sent.at("/response_format/type").asText()).isEqualTo("json_schema");
        assertThat(sent.at("/response_format/json_schema/name").asText()).isEqualTo("story_draft");
        assertThat(sent.at("/response_format/json_schema/strict").asBoolean()).isTrue();
        assertThat(sent.at("/response_format/json_schema/schema/required"))
                .containsExactlyInAnyOrder(JSON.valueToTree("title"), JSON.valueToTree("paragraphs"));
        assertThat(sent.at("/response_format/json_schema/schema/additionalProperties").asBoolean(true)).isFalse();
        assertThat(sent.path("messages").findValuesAsText("content"))
                .containsExactly("You write stories.", "A story about a hedgehog for grade 2, in English.");
    }

    @Test
    void contentThatIsNotJsonIsMalformed() {
        server.answerWith(FakeOpenAi.completion("gpt-4o-mini", "Here is your story: once upon a time"));

        assertFailure(OutsideFailure.Kind.MALFORMED_OUTPUT);
    }

    @Test
    void jsonThatBreaksTheSchemaIsMalformed() {
        server.answerWith(FakeOpenAi.completion("gpt-4o-mini", "{\"title\":\"A story\",\"paragraphs\":[]}"));

        assertFailure(OutsideFailure.Kind.MALFORMED_OUTPUT);
    }

    @Test
    void aMissingOrExtraFieldIsMalformed() {
        server.answerWith(FakeOpenAi.completion("gpt-4o-mini", "{\"title\":\"A story\",\"paragraphs\":[\"x\"],"
                + "\"moral\":\"be kind\"}"));

        assertFailure(OutsideFailure.Kind.MALFORMED_OUTPUT);
    }

    @Test
    void aRecommendationNamingASkillThatWasNotAskedAboutIsMalformed() {
        server.answerWith(FakeOpenAi.completion("gpt-4o-mini", "{\"recommendations\":[{\"skill\":\"math.division\","
                + "\"title\":\"Divide\",\"activity\":\"Practise dividing.\"}]}"));
        Prompt recommendations = new Prompt(ArtefactKind.RECOMMENDATIONS, "recommendations.v1", "s", "u",
                OutputContracts.recommendations(List.of("math.addition", "harf.letter-a")));

        assertThatThrownBy(() -> generator.generate(recommendations)).isInstanceOfSatisfying(OutsideFailure.class,
                failure -> assertThat(failure.kind()).isEqualTo(OutsideFailure.Kind.MALFORMED_OUTPUT));
    }

    @Test
    void aQuizQuestionWithTwoEqualOptionsIsMalformed() {
        server.answerWith(FakeOpenAi.completion("gpt-4o-mini", "{\"title\":\"Sums\",\"questions\":[{\"question\":"
                + "\"2+2?\",\"options\":[\"4\",\"4\",\"5\"],\"correctOption\":0}]}"));
        Prompt quiz = new Prompt(ArtefactKind.QUIZ_DRAFT, "quiz-draft.v1", "s", "u", OutputContracts.quiz());

        assertThatThrownBy(() -> generator.generate(quiz)).isInstanceOfSatisfying(OutsideFailure.class,
                failure -> assertThat(failure.kind()).isEqualTo(OutsideFailure.Kind.MALFORMED_OUTPUT));
    }

    @Test
    void aServerSlowerThanTheTimeoutIsATimeout() {
        server.answerWith(new FakeOpenAi.Answer(200, "{}", 4000));

        long started = System.nanoTime();
        assertFailure(OutsideFailure.Kind.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(3500));
    }

    @Test
    void tooManyRequestsIsRateLimitedAndNotRetriedByTheClient() {
        server.answerWith(FakeOpenAi.error(429));

        assertFailure(OutsideFailure.Kind.RATE_LIMITED);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aServerErrorIsAServerErrorAndNotRetriedByTheClient() {
        server.answerWith(FakeOpenAi.error(500));

        assertFailure(OutsideFailure.Kind.SERVER_ERROR);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aRejectedKeyIsRefused() {
        server.answerWith(FakeOpenAi.error(401));

        assertFailure(OutsideFailure.Kind.REFUSED);
    }

    @Test
    void noServerIsAConnectionFailure() {
        OpenAiGenerator nowhere = new OpenAiGenerator("http://127.0.0.1:9/v1", "key", "gpt-4o-mini",
                Duration.ofSeconds(2));

        assertThatThrownBy(() -> nowhere.generate(prompt)).isInstanceOfSatisfying(OutsideFailure.class,
                failure -> assertThat(failure.kind()).isEqualTo(OutsideFailure.Kind.CONNECTION));
    }

    @Test
    void withoutBaseUrlAndKeyItIsNotConfigured() {
        OpenAiGenerator absent = new OpenAiGenerator("", null, "gpt-4o-mini", Duration.ofSeconds(2));

        assertThat(absent.configured()).isFalse();
        assertThat(generator.configured()).isTrue();
    }

    private void assertFailure(OutsideFailure.Kind kind) {
        assertThatThrownBy(() -> generator.generate(prompt)).isInstanceOfSatisfying(OutsideFailure.class,
                failure -> assertThat(failure.kind()).isEqualTo(kind));
    }
}
