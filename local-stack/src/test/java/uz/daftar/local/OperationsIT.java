package uz.daftar.local;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What operators and client developers rely on: probes, metrics, API documents. */
class OperationsIT {

    static TestStack stack;

    @BeforeAll
    static void startStack() {
        stack = TestStack.get();
    }

    @Test
    void livenessAndReadinessAnswerWithoutAToken() {
        for (String app : new String[]{stack.apps.commandUrl(), stack.apps.queryUrl()}) {
            assertThat(Http.get(app + "/actuator/health/liveness", null, Map.of()).body()).contains("UP");
            assertThat(Http.get(app + "/actuator/health/readiness", null, Map.of()).body()).contains("UP");
        }
    }

    @Test
    void prometheusShowsEachProcessorsPositionLagAndDeadLetters() {
        Http.Reply metrics = Http.get(stack.apps.queryUrl() + "/actuator/prometheus",
                stack.issuer.token("ops", "ADMIN"), Map.of());

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("daftar_processor_lag_events{processor=\"student-dashboard\"}")
                .contains("daftar_processor_position{processor=\"activity-index\"}")
                .contains("daftar_processor_dead_letters{processor=\"student-dashboard\"}");
        assertThat(Http.get(stack.apps.commandUrl() + "/actuator/prometheus", stack.issuer.token("ops", "ADMIN"),
                Map.of()).body()).contains("daftar_processor_dead_letters{processor=\"coin-policy\"}");
    }

    @Test
    void metricsNeedAnOperatorsToken() {
        assertThat(Http.get(stack.apps.commandUrl() + "/actuator/prometheus", stack.issuer.token("kid", "STUDENT"),
                Map.of()).status()).isEqualTo(403);
    }

    @Test
    void bothAppsPublishTheirOpenApiDocument() {
        assertThat(Http.get(stack.apps.commandUrl() + "/v3/api-docs", null, Map.of()).body())
                .contains("/api/v1/practice/answers");
        assertThat(Http.get(stack.apps.queryUrl() + "/v3/api-docs", null, Map.of()).body())
                .contains("/api/v1/students/{studentId}/dashboard");
        assertThat(Http.get(stack.apps.queryUrl() + "/swagger-ui/index.html", null, Map.of()).body())
                .contains("Swagger UI");
    }

    @Test
    void swaggerUiListsTheQueryApiInARealBrowser() {
        try (Browser browser = Browser.open()) {
            browser.visit(stack.apps.queryUrl() + "/swagger-ui/index.html");

            List<String> paths = browser.until(page -> {
                List<String> shown = browser.findAll(".opblock-summary-path").stream()
                        .map(element -> element.getAttribute("data-path")).toList();
                return shown.isEmpty() ? null : shown;
            }, Duration.ofSeconds(60));

            assertThat(paths).contains("/api/v1/students/{studentId}/dashboard");
        }
    }

    @Test
    void aBrowserHoldingAnOperatorsTokenReadsWhatNeedsIt() {
        try (Browser browser = Browser.open()) {
            browser.authorize(stack.issuer.token("ops", "ADMIN")).visit(stack.apps.queryUrl() + "/actuator/prometheus");

            assertThat(browser.find("body").getText()).contains("daftar_processor_position");
        }
    }

    @Test
    void tokensFromAnotherIssuerAreRefused() {
        DevTokenIssuer stranger = DevTokenIssuer.in(java.nio.file.Path.of("target", "stranger-issuer"));
        assertThat(Http.get(stack.apps.queryUrl() + "/api/v1/students/x/dashboard",
                stranger.token("admin-1", "ADMIN"), Map.of()).status()).isEqualTo(401);
    }
}
