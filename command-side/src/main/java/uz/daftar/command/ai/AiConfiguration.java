package uz.daftar.command.ai;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uz.daftar.command.outside.OutsideCalls;

import java.time.Duration;

/**
 * The OpenAI generator from configuration ({@code daftar.ai.base-url} or {@code OPENAI_BASE_URL},
 * {@code daftar.ai.api-key} or {@code OPENAI_API_KEY}, {@code daftar.ai.model}, {@code daftar.ai.timeout}), and the
 * {@link Model} that runs it under the outside-call guard, each kind under its own feature.
 */
@Configuration
class AiConfiguration {

    @Bean
    OpenAiGenerator openAiGenerator(@Value("${daftar.ai.base-url:${OPENAI_BASE_URL:}}") String baseUrl,
                                    @Value("${daftar.ai.api-key:${OPENAI_API_KEY:}}") String apiKey,
                                    @Value("${daftar.ai.model:gpt-4o-mini}") String model,
                                    @Value("${daftar.ai.timeout:PT20S}") Duration timeout) {
        return new OpenAiGenerator(baseUrl, apiKey, model, timeout);
    }

    @Bean
    Model guardedModel(OpenAiGenerator generator, OutsideCalls outside) {
        return prompt -> outside.call(prompt.kind().feature(), () -> generator.generate(prompt));
    }
}
