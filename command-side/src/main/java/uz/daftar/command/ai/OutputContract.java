package uz.daftar.command.ai;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/**
 * The shape a generated artefact must have: the JSON schema sent as the structured-output format (strict: every
 * property required, no others), and the checks the schema cannot say (lengths, counts, references to the inputs).
 */
public interface OutputContract {

    /** The schema's name in the request ({@code response_format.json_schema.name}). */
    String name();

    /** The JSON schema, as plain maps and lists. */
    Map<String, Object> schema();

    /** Throws {@link uz.daftar.command.outside.OutsideFailure} ({@code MALFORMED_OUTPUT}) when the output breaks it. */
    void check(JsonNode output);
}
