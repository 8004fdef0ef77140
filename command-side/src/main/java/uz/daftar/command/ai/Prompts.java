package uz.daftar.command.ai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import uz.daftar.events.ai.ArtefactRequested;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The versioned prompt templates ({@code resources/ai/prompts/<version>.txt}: the system text, a line {@code ---},
 * the user text) and their rendering from an {@link ArtefactRequested} event alone: {@code {{inputs}}} is the
 * event's inputs as indented JSON, {@code {{name}}} an input field's text, {@code {{period}}} the report period.
 * A template is never edited once used: a change is a new version, and the version is recorded with the request.
 */
public final class Prompts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
    private static final String SEPARATOR = "\n---\n";

    private Prompts() {
    }

    /** The version new requests of {@code kind} are made with. */
    public static String currentVersion(ArtefactKind kind) {
        return switch (kind) {
            case PARENT_NARRATIVE -> "parent-narrative.v1";
            case RECOMMENDATIONS -> "recommendations.v1";
            case STORY_DRAFT -> "story-draft.v1";
            case QUIZ_DRAFT -> "quiz-draft.v1";
        };
    }

    /** The prompt the request's version renders from the request. */
    public static Prompt render(ArtefactRequested requested) {
        ArtefactKind kind = ArtefactKind.valueOf(requested.kind());
        JsonNode inputs = read(requested.inputs());
        String[] template = template(requested.promptVersion()).split(SEPARATOR, 2);
        if (template.length != 2) {
            throw new IllegalStateException("prompt " + requested.promptVersion() + " has no '---' line");
        }
        return new Prompt(kind, requested.promptVersion(), fill(template[0].strip(), requested, inputs),
                fill(template[1].strip(), requested, inputs), contract(kind, inputs));
    }

    private static OutputContract contract(ArtefactKind kind, JsonNode inputs) {
        return switch (kind) {
            case PARENT_NARRATIVE -> OutputContracts.narrative();
            case RECOMMENDATIONS -> {
                List<String> skills = new ArrayList<>();
                inputs.path("skills").forEach(skill -> skills.add(skill.path("skill").asText()));
                yield OutputContracts.recommendations(skills);
            }
            case STORY_DRAFT -> OutputContracts.story();
            case QUIZ_DRAFT -> OutputContracts.quiz();
        };
    }

    private static String fill(String text, ArtefactRequested requested, JsonNode inputs) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value(placeholder.group(1), requested,
                    inputs)));
        }
        return placeholder.appendTail(filled).toString();
    }

    private static String value(String name, ArtefactRequested requested, JsonNode inputs) {
        return switch (name) {
            case "inputs" -> inputs.toPrettyString();
            case "period" -> requested.periodFrom() + " to " + requested.periodTo();
            default -> {
                if (!inputs.has(name)) {
                    throw new IllegalStateException("prompt " + requested.promptVersion() + " needs input '" + name
                            + "', which request " + requested.artefactId() + " lacks");
                }
                yield inputs.get(name).asText();
            }
        };
    }

    private static String template(String version) {
        if (!version.matches("[a-z-]+\\.v\\d+")) {
            throw new IllegalArgumentException("not a prompt version: " + version);
        }
        try (InputStream in = Prompts.class.getResourceAsStream("/ai/prompts/" + version + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("no prompt template " + version);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String inputs) {
        try {
            return JSON.readTree(inputs);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the inputs of a request are not JSON", e);
        }
    }
}
