package uz.daftar.projections.olympiad;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import uz.daftar.events.serialization.EventSerialization;

/**
 * The JSON columns of the olympiad read model (titles, prize bands), written with the stored-JSON mapper so that
 * no web setting changes what the read model holds.
 */
final class OlympiadJson {

    private static final ObjectMapper JSON = EventSerialization.objectMapper();

    private OlympiadJson() {
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON column does not read as " + type.getType(), e);
        }
    }
}
