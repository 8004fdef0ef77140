package uz.daftar.query.ai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;

/** Reads a recorded structured output (JSON text, validated before it was recorded). */
public final class GeneratedOutput {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GeneratedOutput() {
    }

    public static JsonNode read(String output) {
        if (output == null) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(output);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a recorded output is not JSON", e);
        }
    }

    public static List<String> texts(JsonNode list) {
        List<String> texts = new ArrayList<>();
        list.forEach(text -> texts.add(text.asText()));
        return texts;
    }
}
