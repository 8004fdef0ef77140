package uz.daftar.command.ai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.errors.OpenAIInvalidDataException;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.ResponseFormatJsonSchema;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionMessage;
import uz.daftar.command.outside.OutsideFailure;
import uz.daftar.command.outside.OutsideFeature;
import uz.daftar.command.outside.OutsideProvider;

import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import static uz.daftar.command.outside.OutsideFailure.Kind;

/**
 * Generates artefacts through the official OpenAI Java client's chat completions API, with structured output
 * (a strict JSON schema per artefact kind), against OpenAI or any OpenAI-compatible server ({@code baseUrl}).
 * <p>
 * The client never retries ({@code maxRetries 0}): the outside-call guard does. Its timeout is the configured one,
 * so a slow server ends as {@code TIMEOUT}. Every answer is parsed and checked against the prompt's
 * {@link OutputContract} before it is returned; anything else is {@code MALFORMED_OUTPUT}. Without a base URL and
 * without a key the generator is not configured and the features report themselves unavailable.
 */
public class OpenAiGenerator implements OutsideProvider {

    /** Sent when a base URL is set without a key: local OpenAI-compatible servers accept any key. */
    static final String NO_KEY = "no-key";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String model;
    private final OpenAIClient client;

    public OpenAiGenerator(String baseUrl, String apiKey, String model, Duration timeout) {
        this.model = model;
        boolean hasUrl = baseUrl != null && !baseUrl.isBlank();
        boolean hasKey = apiKey != null && !apiKey.isBlank();
        if (!hasUrl && !hasKey) {
            this.client = null;
            return;
        }
        OpenAIOkHttpClient.Builder builder = OpenAIOkHttpClient.builder()
                .apiKey(hasKey ? apiKey : NO_KEY)
                .timeout(timeout)
                .maxRetries(0);
        if (hasUrl) {
            builder.baseUrl(baseUrl);
        }
        this.client = builder.build();
    }

    @Override
    public String name() {
        return "openai";
    }

    @Override
    public Set<OutsideFeature> features() {
        return EnumSet.of(OutsideFeature.PARENT_NARRATIVE, OutsideFeature.RECOMMENDATIONS,
                OutsideFeature.TEACHING_DRAFTS);
    }

    @Override
    public boolean configured() {
        return client != null;
    }

    /** One attempt: the model's validated answer to {@code prompt}, or an {@link OutsideFailure}. */
    public Generation generate(Prompt prompt) {
        if (client == null) {
            throw new OutsideFailure(Kind.NOT_CONFIGURED, "no OpenAI base URL or key is configured", null);
        }
        ChatCompletion completion = complete(request(prompt));
        if (completion.choices().isEmpty()) {
            throw new OutsideFailure(Kind.MALFORMED_OUTPUT, "the model answered without a choice", null);
        }
        ChatCompletionMessage message = completion.choices().get(0).message();
        if (message.refusal().isPresent()) {
            throw new OutsideFailure(Kind.REFUSED, "the model refused: " + message.refusal().get(), null);
        }
        String content = message.content().orElseThrow(() ->
                new OutsideFailure(Kind.MALFORMED_OUTPUT, "the model answered without content", null));
        JsonNode output = parse(content);
        prompt.contract().check(output);
        return new Generation(completion.model(), completion.id(), output.toString(),
                completion.usage().map(usage -> usage.promptTokens()).orElse(null),
                completion.usage().map(usage -> usage.completionTokens()).orElse(null));
    }

    private ChatCompletionCreateParams request(Prompt prompt) {
        ResponseFormatJsonSchema.JsonSchema.Schema.Builder schema = ResponseFormatJsonSchema.JsonSchema.Schema
                .builder();
        prompt.contract().schema().forEach((key, value) -> schema.putAdditionalProperty(key, JsonValue.from(value)));
        return ChatCompletionCreateParams.builder()
                .model(model)
                .addSystemMessage(prompt.system())
                .addUserMessage(prompt.user())
                .responseFormat(ResponseFormatJsonSchema.builder()
                        .jsonSchema(ResponseFormatJsonSchema.JsonSchema.builder()
                                .name(prompt.contract().name())
                                .strict(true)
                                .schema(schema.build())
                                .build())
                        .build())
                .build();
    }

    private ChatCompletion complete(ChatCompletionCreateParams params) {
        try {
            return client.chat().completions().create(params);
        } catch (OpenAIServiceException e) {
            throw new OutsideFailure(kindOf(e.statusCode()), "the model server answered " + e.statusCode() + ": "
                    + e.getMessage(), e);
        } catch (OpenAIIoException e) {
            throw new OutsideFailure(timedOut(e) ? Kind.TIMEOUT : Kind.CONNECTION, "no answer from the model server: "
                    + e.getMessage(), e);
        } catch (OpenAIInvalidDataException e) {
            throw new OutsideFailure(Kind.MALFORMED_OUTPUT, "the model server's answer does not read as a chat "
                    + "completion: " + e.getMessage(), e);
        }
    }

    static Kind kindOf(int status) {
        if (status == 429) {
            return Kind.RATE_LIMITED;
        }
        if (status == 408) {
            return Kind.TIMEOUT;
        }
        if (status >= 500) {
            return Kind.SERVER_ERROR;
        }
        return Kind.REFUSED;
    }

    private static boolean timedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedIOException) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode parse(String content) {
        try {
            return JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw new OutsideFailure(Kind.MALFORMED_OUTPUT, "the model's content is not JSON", e);
        }
    }
}
