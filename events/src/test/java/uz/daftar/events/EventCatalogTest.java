package uz.daftar.events;

import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event catalogue in {@code docs/EVENTS.md} is generated from the events themselves (names, revisions, fields
 * and the first sentence of their Javadoc), so it cannot drift: this test fails when it differs from what the code
 * says. Regenerate with {@code mvn -pl events test -Dtest=EventCatalogTest -Ddaftar.catalogue.write=true}.
 */
class EventCatalogTest {

    private static final Path CATALOGUE = Path.of("..", "docs", "EVENTS.md");
    private static final Pattern JAVADOC = Pattern.compile("/\\*\\*(.*?)\\*/\\s*@Revision", Pattern.DOTALL);

    @Test
    void theCatalogueMatchesTheEvents() throws IOException {
        String generated = catalogue();
        if (Boolean.getBoolean("daftar.catalogue.write")) {
            Files.writeString(CATALOGUE, generated);
        }
        assertThat(Files.exists(CATALOGUE) ? Files.readString(CATALOGUE) : "")
                .as("docs/EVENTS.md is stale; regenerate it (see EventCatalogTest)")
                .isEqualTo(generated);
    }

    static String catalogue() throws IOException {
        StringBuilder md = new StringBuilder("""
                # Event catalogue

                Generated from the `events` module by `EventCatalogTest`; do not edit by hand. Every event is a
                record stored as JSON under its class name and revision; golden files for each revision are in
                `events/src/test/resources/golden/`.
                """);
        String context = null;
        for (Class<?> event : GoldenEventsTest.revisedEvents()) {
            String eventContext = event.getPackageName().substring(event.getPackageName().lastIndexOf('.') + 1);
            if (!eventContext.equals(context)) {
                context = eventContext;
                md.append("\n## ").append(context).append("\n\n| event | rev | fields | meaning |\n|---|---|---|---|\n");
            }
            md.append("| `").append(event.getSimpleName()).append("` | ")
                    .append(event.getAnnotation(Revision.class).value()).append(" | ")
                    .append(Arrays.stream(event.getRecordComponents()).map(EventCatalogTest::field)
                            .collect(Collectors.joining(", "))).append(" | ")
                    .append(firstSentence(event)).append(" |\n");
        }
        return md.toString();
    }

    private static String field(RecordComponent component) {
        return component.getName() + ": " + typeName(component.getGenericType());
    }

    private static String typeName(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return typeName(parameterized.getRawType()) + "&lt;" + Arrays.stream(parameterized.getActualTypeArguments())
                    .map(EventCatalogTest::typeName).collect(Collectors.joining(", ")) + "&gt;";
        }
        return type instanceof Class<?> c ? c.getSimpleName() : type.getTypeName();
    }

    private static String firstSentence(Class<?> event) throws IOException {
        Path source = Path.of("src", "main", "java", event.getName().replace('.', '/') + ".java");
        Matcher javadoc = JAVADOC.matcher(Files.readString(source));
        if (!javadoc.find()) {
            return "";
        }
        String text = javadoc.group(1).replaceAll("(?m)^\\s*\\*", " ").replaceAll("</?(p|ul|li|em|b|i)>", "")
                .replaceAll("\\{@(?:code|link) ([^}]+)}", "$1").replaceAll("\\s+", " ").trim();
        int end = text.indexOf(". ");
        return (end < 0 ? text : text.substring(0, end + 1)).replace("|", "\\|").replace("<", "&lt;")
                .replace(">", "&gt;");
    }
}
