package uz.daftar.command.ai;

/**
 * What a model answered, already validated against the prompt's {@link OutputContract}: the model as the API
 * returned it, the response id, the structured output as JSON text and the token usage (null when not reported).
 */
public record Generation(String model, String responseId, String output, Long promptTokens, Long completionTokens) {
}
