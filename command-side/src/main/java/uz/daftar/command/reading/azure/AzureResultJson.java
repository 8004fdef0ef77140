package uz.daftar.command.reading.azure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import uz.daftar.command.reading.ReadingScores;
import uz.daftar.command.reading.ServiceAssessment;
import uz.daftar.events.reading.AssessmentSettings;
import uz.daftar.events.reading.ReadingWord;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Speech SDK's own result JSON ({@code PropertyId.SpeechServiceResponse_JsonResult}) of a pronunciation
 * assessment: {@code RecognitionStatus}, then {@code NBest[0].PronunciationAssessment} (AccuracyScore,
 * FluencyScore, CompletenessScore, ProsodyScore when prosody was assessed, PronScore) and {@code NBest[0].Words[]}
 * (Word, PronunciationAssessment.AccuracyScore and ErrorType). A word without a word-level error but with a
 * prosody error ({@code Feedback.Prosody.Break} UnexpectedBreak or MissingBreak, {@code Intonation} Monotone)
 * carries that error. An omitted word has no accuracy: the service's number for it means nothing.
 */
public final class AzureResultJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AzureResultJson() {
    }

    /** The assessment, or {@link ServiceAssessment.NotRecognised}; malformed JSON is an IllegalArgumentException. */
    public static ServiceAssessment read(String json, String sdkVersion, AssessmentSettings settings) {
        JsonNode root = parse(json);
        String status = root.path("RecognitionStatus").asText("");
        if (!"Success".equals(status)) {
            if (status.isEmpty()) {
                throw new IllegalArgumentException("The result has no RecognitionStatus.");
            }
            return new ServiceAssessment.NotRecognised(status, "The speech service recognised no reading ("
                    + status + ").");
        }
        JsonNode best = root.path("NBest").path(0);
        JsonNode scores = best.path("PronunciationAssessment");
        if (!scores.isObject()) {
            throw new IllegalArgumentException("The result has no NBest[0].PronunciationAssessment.");
        }
        List<ReadingWord> words = new ArrayList<>();
        for (JsonNode word : best.path("Words")) {
            words.add(word(word));
        }
        return new ServiceAssessment.Scored(new ReadingScores(required(scores, "AccuracyScore"),
                required(scores, "FluencyScore"), required(scores, "CompletenessScore"),
                optional(scores, "ProsodyScore"), required(scores, "PronScore"), words), sdkVersion, settings);
    }

    private static ReadingWord word(JsonNode word) {
        JsonNode assessment = word.path("PronunciationAssessment");
        String errorType = assessment.path("ErrorType").asText("None");
        if ("None".equals(errorType)) {
            errorType = prosodyError(assessment.path("Feedback").path("Prosody"));
        }
        Double accuracy = "Omission".equals(errorType) ? null : optional(assessment, "AccuracyScore");
        return new ReadingWord(word.path("Word").asText(), accuracy, errorType);
    }

    private static String prosodyError(JsonNode prosody) {
        for (JsonNode error : prosody.path("Break").path("ErrorTypes")) {
            if (!"None".equals(error.asText())) {
                return error.asText();
            }
        }
        for (JsonNode error : prosody.path("Intonation").path("ErrorTypes")) {
            if (!"None".equals(error.asText())) {
                return error.asText();
            }
        }
        return "None";
    }

    private static double required(JsonNode scores, String field) {
        Double value = optional(scores, field);
        if (value == null) {
            throw new IllegalArgumentException("The result has no " + field + ".");
        }
        return value;
    }

    private static Double optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isNumber() ? value.asDouble() : null;
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException("The speech service returned no result JSON.");
        }
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("The speech service's result is not JSON: " + e.getMessage(), e);
        }
    }
}
