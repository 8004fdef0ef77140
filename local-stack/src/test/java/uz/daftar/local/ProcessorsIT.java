package uz.daftar.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.daftar.projections.ReadModels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each app reports its own event processors to admins and analysts; nobody else sees them. */
class ProcessorsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    static TestStack stack;
    static String admin;

    @BeforeAll
    static void startStack() {
        stack = TestStack.get();
        admin = stack.issuer.token("ops-admin", "ADMIN");
    }

    @Test
    void theQuerySideReportsEveryReadModelAndTheTamperChainWithPositionsSegmentsAndOwners() {
        new ReplayCheck(stack.apps.querySide()).awaitCaughtUp(java.time.Duration.ofMinutes(2));

        JsonNode processors = get(stack.apps.queryUrl(), "", admin, 200);

        List<String> expected = new ArrayList<>(Arrays.stream(ReadModels.values())
                .map(ReadModels::processingGroup).toList());
        expected.add("tamper-chain");
        assertThat(names(processors)).containsAll(expected);
        JsonNode dashboard = byName(processors, "student-dashboard");
        assertThat(dashboard.get("app").asText()).isEqualTo("query-side");
        assertThat(dashboard.get("type").asText()).isEqualTo("pooled");
        assertThat(dashboard.get("running").asBoolean()).isTrue();
        assertThat(dashboard.get("error").asBoolean()).isFalse();
        assertThat(dashboard.get("head").asLong()).isGreaterThanOrEqualTo(dashboard.get("position").asLong());
        assertThat(dashboard.get("highestPosition").asLong()).isGreaterThanOrEqualTo(dashboard.get("position").asLong());
        assertThat(dashboard.get("lagEvents").asLong())
                .isEqualTo(dashboard.get("head").asLong() - dashboard.get("position").asLong());
        JsonNode segment = dashboard.get("segments").get(0);
        assertThat(segment.get("segment").asInt()).isZero();
        assertThat(segment.get("mask").asInt()).isZero();
        assertThat(segment.get("owner").asText()).startsWith("query-side@");
        assertThat(segment.get("caughtUp").isBoolean()).isTrue();
        assertThat(dashboard.get("deadLetters").get("sequences").isNumber()).isTrue();
        assertThat(byName(processors, "tamper-chain").get("deadLetters").isNull()).isTrue();
    }

    @Test
    void theCommandSideReportsItsPoliciesAndOneProcessorCanBeAskedForByName() {
        JsonNode processors = get(stack.apps.commandUrl(), "", admin, 200);
        assertThat(names(processors)).contains("coin-policy").doesNotContain("student-dashboard");
        assertThat(byName(processors, "coin-policy").get("app").asText()).isEqualTo("command-side");

        JsonNode one = get(stack.apps.commandUrl(), "/coin-policy", admin, 200);
        assertThat(one.get("name").asText()).isEqualTo("coin-policy");
        assertThat(one.get("segments").get(0).get("owner").asText()).startsWith("command-side@");
    }

    @Test
    void anUnknownProcessorOrOneOfTheOtherAppIsNotFound() {
        get(stack.apps.queryUrl(), "/no-such-processor", admin, 404);
        get(stack.apps.queryUrl(), "/coin-policy", admin, 404);
        get(stack.apps.commandUrl(), "/student-dashboard", admin, 404);
    }

    @Test
    void analystsReadTheStatusOtherRolesAreRefused() {
        String analyst = stack.issuer.token("ops-analyst", "ANALYST");
        assertThat(names(get(stack.apps.queryUrl(), "", analyst, 200))).contains("mastery");
        get(stack.apps.commandUrl(), "/coin-policy", analyst, 200);
        for (String role : List.of("STUDENT", "PARENT", "TEACHER", "CENTRE_ADMIN")) {
            String token = stack.issuer.token("someone", role);
            get(stack.apps.queryUrl(), "", token, 403);
            get(stack.apps.commandUrl(), "/coin-policy", token, 403);
        }
        assertThat(Http.get(stack.apps.queryUrl() + "/api/v1/admin/processors", null, Map.of()).status())
                .isEqualTo(401);
        // an analyst reads the status but acts on nothing
        assertThat(Http.post(stack.apps.queryUrl() + "/api/v1/admin/dead-letters/mastery/retry", analyst, "",
                Map.of()).status()).isEqualTo(403);
    }

    private static JsonNode get(String app, String path, String token, int status) {
        Http.Reply reply = Http.get(app + "/api/v1/admin/processors" + path, token, Map.of());
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        if (status >= 400) {
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        }
        try {
            return JSON.readTree(reply.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> names(JsonNode processors) {
        List<String> names = new ArrayList<>();
        processors.forEach(processor -> names.add(processor.get("name").asText()));
        return names;
    }

    private static JsonNode byName(JsonNode processors, String name) {
        for (JsonNode processor : processors) {
            if (processor.get("name").asText().equals(name)) {
                return processor;
            }
        }
        throw new AssertionError("no processor " + name + " in " + processors);
    }
}
