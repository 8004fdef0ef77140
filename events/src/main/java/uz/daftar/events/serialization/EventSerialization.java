package uz.daftar.events.serialization;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * The one way Daftar turns events, messages, tokens and sagas into stored JSON.
 * <p>
 * Its {@link ObjectMapper} is private to the store: no web or application setting reaches it, so what is stored
 * can only change by changing this class (and then by an upcaster, never silently).
 */
public final class EventSerialization {

    private EventSerialization() {
    }

    /** A fresh mapper with the stored-JSON settings: ISO-8601 instants, unknown fields fail loudly. */
    public static ObjectMapper objectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    /** The Axon serializer for events, messages, tokens and sagas. */
    public static Serializer serializer() {
        return JacksonSerializer.builder()
                .objectMapper(objectMapper())
                .build();
    }
}
