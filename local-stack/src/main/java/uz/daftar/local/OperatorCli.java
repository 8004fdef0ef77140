package uz.daftar.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Processor operations from the command line, through both apps' admin APIs with an operator's token: the status of
 * every processor as a table, a processor's dead letters, a retry of one sequence or all, an eviction with a reason.
 * Each app answers for its own processors; the command finds the app that runs the named one. Exit codes: 0 done, 1
 * refused or failed (the API's problem is printed), 2 usage, 3 an app cannot be reached. See the README.
 */
public final class OperatorCli {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OperatorCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv()));
    }

    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
        CliArguments arguments;
        try {
            arguments = CliArguments.parse(args, environment);
        } catch (CliArguments.UsageError e) {
            err.println(e.getMessage());
            err.println(CliArguments.USAGE);
            return 2;
        }
        try {
            return new OperatorCli.Session(arguments, out, err).run();
        } catch (UncheckedIOException e) {
            err.println("cannot reach an app: " + e.getCause());
            return 3;
        } catch (Refused e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /** An app answered with an error (its problem detail is the message). */
    private static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private record Session(CliArguments arguments, PrintStream out, PrintStream err) {

        int run() {
            String processor = arguments.processor();
            switch (arguments.command()) {
                case "status" -> out.print(ProcessorTable.processors(processor == null ? everyProcessor()
                        : List.of(expect(200, Http.get(appOf(processor) + "/api/v1/admin/processors/"
                        + path(processor), arguments.token(), Map.of())))));
                case "dead-letters" -> out.print(ProcessorTable.deadLetters(expect(200, Http.get(appOf(processor)
                        + "/api/v1/admin/dead-letters?limit=1000&processor=" + URLEncoder.encode(processor,
                        StandardCharsets.UTF_8), arguments.token(), Map.of()))));
                case "retry" -> {
                    JsonNode retried = post(processor, "/" + path(arguments.sequence()) + "/retry", "");
                    out.println(processor + "/" + arguments.sequence() + ": " + (retried.path("succeeded").asBoolean()
                            ? "handled" : "failed again, " + retried.path("remaining").asLong() + " letter(s) parked"));
                    return retried.path("succeeded").asBoolean() ? 0 : 1;
                }
                case "retry-all" -> {
                    JsonNode retried = post(processor, "/retry", "");
                    long handled = 0;
                    for (JsonNode sequence : retried.path("sequences")) {
                        handled += sequence.path("succeeded").asBoolean() ? 1 : 0;
                    }
                    out.println(processor + ": " + handled + " of " + retried.path("sequences").size()
                            + " sequence(s) handled, " + retried.path("remaining").asLong() + " letter(s) parked");
                    return retried.path("remaining").asLong() == 0 ? 0 : 1;
                }
                case "evict" -> {
                    JsonNode evicted = post(processor, "/" + path(arguments.sequence()) + "/eviction",
                            JSON.createObjectNode().put("reason", arguments.reason().strip()).toString());
                    out.println(processor + "/" + arguments.sequence() + ": " + evicted.path("evictedEventIds").size()
                            + " letter(s) evicted by " + evicted.path("evictedBy").asText() + ", because "
                            + evicted.path("reason").asText());
                }
                default -> throw new IllegalStateException(arguments.command());
            }
            return 0;
        }

        private List<JsonNode> everyProcessor() {
            List<JsonNode> processors = new ArrayList<>();
            for (String app : List.of(arguments.commandUrl(), arguments.queryUrl())) {
                expect(200, Http.get(app + "/api/v1/admin/processors", arguments.token(), Map.of()))
                        .forEach(processors::add);
            }
            return processors;
        }

        /** The base URL of the app that runs the processor. */
        private String appOf(String processor) {
            for (String app : List.of(arguments.commandUrl(), arguments.queryUrl())) {
                Http.Reply reply = Http.get(app + "/api/v1/admin/processors/" + path(processor), arguments.token(),
                        Map.of());
                if (reply.status() == 200) {
                    return app;
                }
                if (reply.status() != 404) {
                    throw refused(reply);
                }
            }
            throw new Refused("neither app runs a processor named '" + processor + "'");
        }

        private JsonNode post(String processor, String path, String body) {
            return expect(200, Http.post(appOf(processor) + "/api/v1/admin/dead-letters/" + path(processor) + path,
                    arguments.token(), body, Map.of()));
        }

        private static JsonNode expect(int status, Http.Reply reply) {
            if (reply.status() != status) {
                throw refused(reply);
            }
            try {
                return JSON.readTree(reply.body());
            } catch (JsonProcessingException e) {
                throw new Refused("the app answered something other than JSON: " + e.getOriginalMessage());
            }
        }

        private static Refused refused(Http.Reply reply) {
            String detail = reply.body();
            try {
                JsonNode problem = JSON.readTree(reply.body());
                detail = problem.path("title").asText("") + ": " + problem.path("detail").asText("");
            } catch (JsonProcessingException | RuntimeException e) {
                // not a problem document: show the body as it is
            }
            return new Refused("HTTP " + reply.status() + " " + detail);
        }

        private static String path(String segment) {
            return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }
}
