package uz.daftar.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uz.daftar.events.learner.GuardianLinked;
import uz.daftar.events.learner.StudentRegistered;
import uz.daftar.events.practice.PracticeAnswerRecorded;
import uz.daftar.events.progress.XpAwarded;
import uz.daftar.events.serialization.EventSerialization;
import uz.daftar.events.upcasting.EventUpcasters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The stored shape of every event is pinned by a golden file, {@code golden/<context>/<Event>-<revision>.json}.
 * A change to an event that alters what is stored fails here until it gets a new revision, a new golden file and
 * an upcaster. Files of older revisions stay: they are what the store holds, and every one of them must still
 * upcast, through the chain the event store uses, to today's revision and read.
 */
class GoldenEventsTest {

    private static final String EVENTS_PACKAGE = "uz.daftar.events";
    private static final Serializer SERIALIZER = EventSerialization.serializer();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EventUpcasterChain UPCASTERS = EventUpcasters.chain();

    @Test
    void theScanFindsTheEventContract() {
        assertThat(revisedEvents()).contains(StudentRegistered.class, GuardianLinked.class,
                PracticeAnswerRecorded.class, XpAwarded.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("revisedEvents")
    void everyEventHasAGoldenFileForItsCurrentRevision(Class<?> event) {
        String context = event.getPackageName().substring(EVENTS_PACKAGE.length() + 1).replace('.', '/');
        Path expected = goldenRoot().resolve(context)
                .resolve(event.getSimpleName() + "-" + revisionOf(event) + ".json");

        assertThat(expected).exists();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void everyGoldenFileNamesAnEventOfTheContract(GoldenFile golden) {
        assertThat(revisedEvents()).extracting(Class::getName).contains(golden.className());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("currentGoldenFiles")
    void todaysEventReadsItsGoldenFileAndWritesItBackUnchanged(GoldenFile golden) throws IOException {
        Object event = SERIALIZER.deserialize(golden.serialized());

        SerializedObject<byte[]> written = SERIALIZER.serialize(event, byte[].class);

        assertThat(event.getClass().getName()).isEqualTo(golden.className());
        assertThat(written.getType()).isEqualTo(new SimpleSerializedType(golden.className(), golden.revision()));
        assertThat(JSON.readTree(written.getData())).isEqualTo(JSON.readTree(golden.bytes()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void everyGoldenFileOfEveryRevisionUpcastsToTodaysRevisionAndReads(GoldenFile golden) {
        IntermediateEventRepresentation upcast = upcast(golden);

        Object event = SERIALIZER.deserialize(upcast.getData());

        assertThat(event.getClass().getName()).isEqualTo(golden.className());
        assertThat(upcast.getType().getRevision()).isEqualTo(revisionOf(event.getClass()));
    }

    @Test
    void aStudentRegisteredAtRevisionOneReadsWithAnUnknownBirthYear() {
        GoldenFile revision1 = GoldenFile.of(goldenRoot().resolve("learner/StudentRegistered-1.json"));

        StudentRegistered event = (StudentRegistered) SERIALIZER.deserialize(upcast(revision1).getData());

        assertThat(event.birthYear()).isNull();
        assertThat(event).isEqualTo(new StudentRegistered("stu-5b1e0c", "pk-5b1e0c-1",
                "AAAADHN0dS01YjFlMGMtMR3q9mJ0W7Yk8zQ1c2VhbGVkLXByb2ZpbGU=", null, "Asia/Tashkent", "uz",
                Instant.parse("2025-09-01T04:30:00Z")));
    }

    @Test
    void aStudentRegisteredAtRevisionTwoKeepsItsBirthYear() {
        GoldenFile revision2 = GoldenFile.of(goldenRoot().resolve("learner/StudentRegistered-2.json"));

        StudentRegistered event = (StudentRegistered) SERIALIZER.deserialize(upcast(revision2).getData());

        assertThat(event.birthYear()).isEqualTo(2017);
    }

    @Test
    void aStoredFieldTheEventDoesNotKnowFailsToRead() throws IOException {
        GoldenFile golden = GoldenFile.of(goldenRoot().resolve("learner/StudentRegistered-1.json"));
        ObjectNode stored = (ObjectNode) JSON.readTree(golden.bytes());
        stored.put("nickname", "Bek");
        SimpleSerializedObject<byte[]> withUnknownField = new SimpleSerializedObject<>(
                JSON.writeValueAsBytes(stored), byte[].class, golden.className(), golden.revision());

        assertThatThrownBy(() -> SERIALIZER.deserialize(withUnknownField))
                .isInstanceOf(SerializationException.class)
                .hasRootCauseInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void instantsAreWrittenAsIso8601Strings() throws IOException {
        GuardianLinked event = new GuardianLinked("stu-1", "grd-1", Instant.parse("2025-09-01T05:12:44.250Z"));

        JsonNode written = JSON.readTree(SERIALIZER.serialize(event, byte[].class).getData());

        assertThat(written.get("linkedAt").isTextual()).isTrue();
        assertThat(written.get("linkedAt").asText()).isEqualTo("2025-09-01T05:12:44.250Z");
    }

    /** The golden file as the event store reads it: one stored entry, through the upcaster chain. */
    private static IntermediateEventRepresentation upcast(GoldenFile golden) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Golden", "golden-1", 0,
                "event-1", Instant.parse("2025-09-01T04:30:00Z"), golden.className(), golden.revision(),
                golden.bytes(), "{}".getBytes(StandardCharsets.UTF_8));
        List<IntermediateEventRepresentation> upcast = UPCASTERS
                .upcast(Stream.of(new InitialEventRepresentation(stored, SERIALIZER))).toList();
        assertThat(upcast).as("%s upcasts to exactly one event", golden).hasSize(1);
        return upcast.get(0);
    }

    /** Every class under {@value #EVENTS_PACKAGE} that carries a {@link Revision}: the stored events. */
    static List<Class<?>> revisedEvents() {
        List<Class<?>> events = new ArrayList<>();
        ClassLoader loader = GoldenEventsTest.class.getClassLoader();
        try {
            for (URL url : Collections.list(loader.getResources(EVENTS_PACKAGE.replace('.', '/')))) {
                if (!"file".equals(url.getProtocol())) {
                    continue;
                }
                Path root = Path.of(url.toURI());
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                        String relative = root.relativize(file).toString();
                        String className = EVENTS_PACKAGE + "."
                                + relative.substring(0, relative.length() - ".class".length())
                                        .replace(file.getFileSystem().getSeparator(), ".");
                        Class<?> type = Class.forName(className, false, loader);
                        if (type.isAnnotationPresent(Revision.class) && !events.contains(type)) {
                            events.add(type);
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot scan the compiled events", e);
        }
        events.sort(Comparator.comparing(Class::getName));
        return events;
    }

    static Stream<GoldenFile> goldenFiles() throws IOException {
        try (Stream<Path> files = Files.walk(goldenRoot())) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().map(GoldenFile::of).toList().stream();
        }
    }

    static Stream<GoldenFile> currentGoldenFiles() throws IOException {
        return goldenFiles().filter(golden -> revisedEvents().stream().anyMatch(event ->
                event.getName().equals(golden.className()) && revisionOf(event).equals(golden.revision())));
    }

    private static String revisionOf(Class<?> event) {
        return event.getAnnotation(Revision.class).value();
    }

    private static Path goldenRoot() {
        URL golden = GoldenEventsTest.class.getResource("/golden");
        assertThat(golden).as("test resource folder golden/").isNotNull();
        try {
            return Path.of(golden.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code golden/<context>/<Event>-<revision>.json}: the stored JSON of one event type at one revision. */
    record GoldenFile(Path path, String className, String revision) {

        static GoldenFile of(Path path) {
            Path relative = goldenRoot().relativize(path);
            String context = relative.getParent().toString().replace(path.getFileSystem().getSeparator(), ".");
            String fileName = relative.getFileName().toString();
            String base = fileName.substring(0, fileName.length() - ".json".length());
            int dash = base.lastIndexOf('-');
            assertThat(dash).as("%s is named <Event>-<revision>.json", relative).isPositive();
            return new GoldenFile(path, EVENTS_PACKAGE + "." + context + "." + base.substring(0, dash),
                    base.substring(dash + 1));
        }

        byte[] bytes() {
            try {
                return Files.readAllBytes(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        SimpleSerializedObject<byte[]> serialized() {
            return new SimpleSerializedObject<>(bytes(), byte[].class, className, revision);
        }

        @Override
        public String toString() {
            return goldenRoot().relativize(path).toString();
        }
    }
}
