package uz.daftar.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.daftar.command.outside.DailyBudgets;
import uz.daftar.command.outside.FeatureStatus;
import uz.daftar.command.outside.OutsideCalls;
import uz.daftar.command.outside.OutsideFailure;
import uz.daftar.command.outside.OutsideFeature;
import uz.daftar.command.outside.OutsideProvider;
import uz.daftar.command.outside.OutsideSettings;
import uz.daftar.command.outside.OutsideUnavailable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outside-call guard against the command side's own database: retries with backoff for failures worth another
 * try, one unit of the daily budget per attempt, the budget held in PostgreSQL, a circuit that opens after failures
 * and lets a trial call through once its wait is over, and the status every request endpoint refuses by.
 */
class OutsideCallsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");

    static TestStack stack;
    static DailyBudgets budgets;

    @BeforeAll
    static void startStack() {
        stack = TestStack.get();
        budgets = stack.apps.commandSide().getBean(DailyBudgets.class);
    }

    @Test
    void failuresWorthAnotherTryAreRetriedAndEveryAttemptTakesAUnitOfTheBudget() {
        TestClock clock = new TestClock(Instant.parse("2031-01-01T10:00:00Z"));
        Provider provider = new Provider("fake-a", OutsideFeature.PARENT_NARRATIVE);
        provider.fail(OutsideFailure.Kind.TIMEOUT).fail(OutsideFailure.Kind.SERVER_ERROR);
        OutsideCalls calls = calls(provider, clock, 10);

        String answer = calls.call(OutsideFeature.PARENT_NARRATIVE, provider::answer);

        assertThat(answer).isEqualTo("answer 3");
        assertThat(provider.calls.get()).isEqualTo(3);
        assertThat(budgets.used(OutsideFeature.PARENT_NARRATIVE, clock.today())).isEqualTo(3);
    }

    @Test
    void aFailureNotWorthRetryingIsReportedAfterOneAttempt() {
        TestClock clock = new TestClock(Instant.parse("2031-01-02T10:00:00Z"));
        Provider provider = new Provider("fake-b", OutsideFeature.PARENT_NARRATIVE);
        provider.fail(OutsideFailure.Kind.MALFORMED_OUTPUT);
        OutsideCalls calls = calls(provider, clock, 10);

        assertThatThrownBy(() -> calls.call(OutsideFeature.PARENT_NARRATIVE, provider::answer))
                .isInstanceOfSatisfying(OutsideFailure.class,
                        failure -> assertThat(failure.kind()).isEqualTo(OutsideFailure.Kind.MALFORMED_OUTPUT));
        assertThat(provider.calls.get()).isEqualTo(1);
    }

    @Test
    void aSpentBudgetRefusesWithoutCallingUntilMidnightInTashkent() {
        TestClock clock = new TestClock(Instant.parse("2031-01-03T17:00:00Z")); // 22:00 in Tashkent
        Provider provider = new Provider("fake-c", OutsideFeature.RECOMMENDATIONS);
        OutsideCalls calls = calls(provider, clock, 2);

        calls.call(OutsideFeature.RECOMMENDATIONS, provider::answer);
        calls.call(OutsideFeature.RECOMMENDATIONS, provider::answer);
        assertThatThrownBy(() -> calls.call(OutsideFeature.RECOMMENDATIONS, provider::answer))
                .isInstanceOfSatisfying(OutsideFailure.class,
                        failure -> assertThat(failure.kind()).isEqualTo(OutsideFailure.Kind.BUDGET_SPENT));
        assertThat(provider.calls.get()).isEqualTo(2);

        FeatureStatus status = calls.status(OutsideFeature.RECOMMENDATIONS);
        assertThat(status.state()).isEqualTo("BUDGET_SPENT");
        assertThat(status.budgetUsed()).isEqualTo(2);
        assertThat(status.dailyBudget()).isEqualTo(2);
        assertThat(status.retryAfterSeconds()).isEqualTo(Duration.ofHours(2).toSeconds());
        assertThatThrownBy(() -> calls.requireAvailable(OutsideFeature.RECOMMENDATIONS))
                .isInstanceOf(OutsideUnavailable.class).hasMessageContaining("budget of 2 calls");

        clock.advance(Duration.ofHours(2)); // a new day in Tashkent
        assertThat(calls.status(OutsideFeature.RECOMMENDATIONS).available()).isTrue();
        assertThat(calls.call(OutsideFeature.RECOMMENDATIONS, provider::answer)).isEqualTo("answer 3");
    }

    @Test
    void failuresOpenTheCircuitWhichRefusesUntilATrialCallMaySucceed() {
        TestClock clock = new TestClock(Instant.parse("2031-01-04T10:00:00Z"));
        Provider provider = new Provider("fake-d", OutsideFeature.TEACHING_DRAFTS);
        for (int i = 0; i < 4; i++) {
            provider.fail(OutsideFailure.Kind.REFUSED);
        }
        OutsideCalls calls = calls(provider, clock, 100);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> calls.call(OutsideFeature.TEACHING_DRAFTS, provider::answer))
                    .isInstanceOf(OutsideFailure.class);
        }

        assertThatThrownBy(() -> calls.call(OutsideFeature.TEACHING_DRAFTS, provider::answer))
                .isInstanceOfSatisfying(OutsideFailure.class,
                        failure -> assertThat(failure.kind()).isEqualTo(OutsideFailure.Kind.CIRCUIT_OPEN));
        assertThat(provider.calls.get()).isEqualTo(4);
        FeatureStatus open = calls.status(OutsideFeature.TEACHING_DRAFTS);
        assertThat(open.state()).isEqualTo("CIRCUIT_OPEN");
        assertThat(open.retryAfterSeconds()).isEqualTo(30);

        clock.advance(Duration.ofSeconds(31));
        assertThat(calls.status(OutsideFeature.TEACHING_DRAFTS).available()).isTrue();
        assertThat(calls.call(OutsideFeature.TEACHING_DRAFTS, provider::answer)).isEqualTo("answer 5");
        assertThat(calls.status(OutsideFeature.TEACHING_DRAFTS).circuit()).isEqualTo("CLOSED");
    }

    @Test
    void aFeatureWithoutAConfiguredProviderIsNotCalledAndSaysSo() {
        TestClock clock = new TestClock(Instant.parse("2031-01-05T10:00:00Z"));
        Provider unconfigured = new Provider("fake-e", OutsideFeature.READING_ASSESSMENT).unconfigured();
        OutsideCalls calls = calls(unconfigured, clock, 10);

        assertThatThrownBy(() -> calls.call(OutsideFeature.READING_ASSESSMENT, unconfigured::answer))
                .isInstanceOfSatisfying(OutsideFailure.class,
                        failure -> assertThat(failure.kind()).isEqualTo(OutsideFailure.Kind.NOT_CONFIGURED));
        assertThat(unconfigured.calls.get()).isZero();
        FeatureStatus status = calls.status(OutsideFeature.READING_ASSESSMENT);
        assertThat(status.state()).isEqualTo("NOT_CONFIGURED");
        assertThat(status.provider()).isEqualTo("fake-e");
        assertThat(calls.status(OutsideFeature.PARENT_NARRATIVE).provider()).isNull();
    }

    @Test
    void theCommandSideListsEveryFeatureToAnySignedInCaller() throws Exception {
        String token = stack.issuer.token("student-outside", "STUDENT");
        Http.Reply reply = Http.get(stack.apps.commandUrl() + "/api/v1/outside", token, Map.of());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode features = JSON.readTree(reply.body());
        assertThat(features).hasSize(OutsideFeature.values().length);
        for (JsonNode feature : features) {
            assertThat(OutsideFeature.byKey(feature.get("feature").asText())).isPresent();
            assertThat(feature.get("state").asText()).isIn("AVAILABLE", "NOT_CONFIGURED", "CIRCUIT_OPEN",
                    "BUDGET_SPENT");
            assertThat(feature.get("dailyBudget").asInt()).isPositive();
        }
        assertThat(Http.get(stack.apps.commandUrl() + "/api/v1/outside", null, Map.of()).status()).isEqualTo(401);
    }

    private static OutsideCalls calls(Provider provider, Clock clock, int budget) {
        OutsideSettings settings = new OutsideSettings(Map.of(provider.feature, budget), TASHKENT, 3,
                Duration.ofMillis(5), 50, 4, Duration.ofSeconds(30));
        return new OutsideCalls(List.of(provider), budgets, settings, clock);
    }

    /** A provider that fails as told, then answers with the number of its call. */
    private static final class Provider implements OutsideProvider {
        final String name;
        final OutsideFeature feature;
        final AtomicInteger calls = new AtomicInteger();
        final Deque<OutsideFailure.Kind> failures = new ArrayDeque<>();
        boolean configured = true;

        Provider(String name, OutsideFeature feature) {
            this.name = name;
            this.feature = feature;
        }

        Provider fail(OutsideFailure.Kind kind) {
            failures.add(kind);
            return this;
        }

        Provider unconfigured() {
            configured = false;
            return this;
        }

        String answer() {
            int call = calls.incrementAndGet();
            OutsideFailure.Kind failure = failures.poll();
            if (failure != null) {
                throw new OutsideFailure(failure, "failed as told");
            }
            return "answer " + call;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Set<OutsideFeature> features() {
            return Set.of(feature);
        }

        @Override
        public boolean configured() {
            return configured;
        }
    }

    private static final class TestClock extends Clock {
        private Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        java.time.LocalDate today() {
            return java.time.LocalDate.ofInstant(now, TASHKENT);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
