package uz.daftar.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The operator command line's arguments and what it prints, without the apps. */
class OperatorCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> NO_ENVIRONMENT = Map.of();

    @Nested
    class Arguments {

        @Test
        void statusNeedsOnlyATokenAndDefaultsToTheLocalApps() {
            CliArguments parsed = CliArguments.parse(new String[]{"status", "--token=t"}, NO_ENVIRONMENT);

            assertThat(parsed.command()).isEqualTo("status");
            assertThat(parsed.commandUrl()).isEqualTo("http://localhost:8081");
            assertThat(parsed.queryUrl()).isEqualTo("http://localhost:8082");
            assertThat(parsed.processor()).isNull();
        }

        @Test
        void theTokenMayComeFromTheEnvironmentAndUrlsLoseTheirTrailingSlash() {
            CliArguments parsed = CliArguments.parse(new String[]{"retry-all", "--processor=mastery",
                    "--query-url=https://q.example/"}, Map.of("DAFTAR_TOKEN", "from-env"));

            assertThat(parsed.token()).isEqualTo("from-env");
            assertThat(parsed.queryUrl()).isEqualTo("https://q.example");
        }

        @Test
        void evictTakesProcessorSequenceAndReason() {
            CliArguments parsed = CliArguments.parse(new String[]{"evict", "--processor=guardianship",
                    "--sequence=stu-1", "--reason=linked by mistake", "--token=t"}, NO_ENVIRONMENT);

            assertThat(parsed.sequence()).isEqualTo("stu-1");
            assertThat(parsed.reason()).isEqualTo("linked by mistake");
        }

        @Test
        void refusesWhatCannotBeRun() {
            assertUsage("no command", "--token=t");
            assertUsage("unknown command 'replay'", "replay", "--token=t");
            assertUsage("no token", "status");
            assertUsage("unknown option --proccessor", "status", "--proccessor=x", "--token=t");
            assertUsage("needs a value", "status", "--token");
            assertUsage("given twice", "status", "--token=a", "--token=b");
            assertUsage("one command only", "status", "retry", "--token=t");
            assertUsage("dead-letters needs --processor", "dead-letters", "--token=t");
            assertUsage("retry needs --sequence", "retry", "--processor=p", "--token=t");
            assertUsage("evict needs --reason", "evict", "--processor=p", "--sequence=s", "--token=t");
            assertUsage("evict needs --reason", "evict", "--processor=p", "--sequence=s", "--reason=  ",
                    "--token=t");
            assertUsage("1 to 500", "evict", "--processor=p", "--sequence=s", "--reason=" + "x".repeat(501),
                    "--token=t");
            assertUsage("--reason is for evict only", "retry", "--processor=p", "--sequence=s", "--reason=r",
                    "--token=t");
            assertUsage("--sequence is for retry and evict only", "retry-all", "--processor=p", "--sequence=s",
                    "--token=t");
            assertUsage("must be an http", "status", "--token=t", "--command-url=localhost:8081");
        }

        @Test
        void aUsageErrorExitsWithTwoAndPrintsTheUsage() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();

            int exit = OperatorCli.run(new String[]{"status"}, new PrintStream(out), new PrintStream(err),
                    NO_ENVIRONMENT);

            assertThat(exit).isEqualTo(2);
            assertThat(out.size()).isZero();
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("no token").contains("usage: OperatorCli");
        }

        @Test
        void anAppThatCannotBeReachedExitsWithThree() {
            ByteArrayOutputStream err = new ByteArrayOutputStream();

            int exit = OperatorCli.run(new String[]{"status", "--token=t", "--command-url=http://127.0.0.1:1"},
                    new PrintStream(new ByteArrayOutputStream()), new PrintStream(err), NO_ENVIRONMENT);

            assertThat(exit).isEqualTo(3);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot reach an app");
        }

        private void assertUsage(String message, String... args) {
            assertThatThrownBy(() -> CliArguments.parse(args, NO_ENVIRONMENT))
                    .isInstanceOf(CliArguments.UsageError.class)
                    .hasMessageContaining(message);
        }
    }

    @Nested
    class Output {

        @Test
        void processorsAreAlignedUnderTheHeadingsWithTheirReplayProgress() throws Exception {
            JsonNode caughtUp = JSON.readTree("""
                    {"app":"query-side","name":"mastery","type":"pooled","running":true,"error":false,
                     "position":120,"highestPosition":120,"head":120,"lagEvents":0,"lagSeconds":0.0,
                     "eventsPerSecond":12.25,"segments":[{"segment":0,"mask":0,"owner":"query-side@1@host",
                     "position":120}],"deadLetters":{"sequences":1,"letters":3},"replay":null}""");
            JsonNode replaying = JSON.readTree("""
                    {"app":"query-side","name":"student-timeline","type":"pooled","running":true,"error":true,
                     "errorMessage":"SQLException: gone","position":40,"highestPosition":40,"head":120,
                     "lagEvents":80,"lagSeconds":3.5,"eventsPerSecond":null,"segments":[{"segment":0,"mask":0,
                     "owner":null,"position":40}],"deadLetters":null,"replay":{"replaying":true,"percent":33.3,
                     "secondsLeft":4.4}}""");

            String table = ProcessorTable.processors(List.of(caughtUp, replaying));

            List<String> lines = table.lines().toList();
            assertThat(lines).hasSize(3);
            assertThat(lines.get(0)).startsWith("APP         PROCESSOR         TYPE    STATE");
            assertThat(lines.get(1)).startsWith("query-side  mastery           pooled  running")
                    .contains("  120  ").contains("12.3").contains("0/0 query-side@1@host")
                    .contains("1 seq / 3").endsWith("caught up");
            assertThat(lines.get(2)).contains("error: SQLException: gone").contains("0/0 unclaimed")
                    .contains("  80  ").contains("  3.5  ").endsWith("replaying 33.3%, 4 s left");
            int column = lines.get(0).indexOf("POSITION");
            assertThat(lines.get(1).substring(column)).startsWith("120");
            assertThat(lines.get(2).substring(column)).startsWith("40 ");
        }

        @Test
        void deadLettersListEachSequenceWithItsLettersAndTheFirstCause() throws Exception {
            JsonNode view = JSON.readTree("""
                    {"processor":"guardianship","sequences":1,"letters":2,"parked":[{"sequenceIdentifier":"stu-1",
                     "size":2,"letters":[{"eventType":"GuardianLinked","eventIdentifier":"e-1","globalPosition":17,
                     "causeType":"SQLException","causeMessage":"poisoned"},{"eventType":"StudentRenamed",
                     "eventIdentifier":"e-2","globalPosition":18,"causeType":null}]}]}""");

            assertThat(ProcessorTable.deadLetters(view)).isEqualTo("""
                    guardianship: 1 sequence(s), 2 letter(s) parked
                    sequence stu-1 (2 letter(s))
                      @17 GuardianLinked e-1  SQLException: poisoned
                      @18 StudentRenamed e-2
                    """);
        }
    }
}
