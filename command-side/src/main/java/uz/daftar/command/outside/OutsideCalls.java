package uz.daftar.command.outside;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The one way Daftar calls a service outside it. Every attempt takes a unit of the feature's daily budget and
 * passes the provider's circuit breaker; failures worth another try (timeouts, throttling, server errors, lost
 * connections) are retried with a doubling wait. The call itself enforces its timeout. Callers are processes off
 * the command path: a failure here becomes a recorded "failed" fact, never a lost request.
 */
public class OutsideCalls {

    private final Map<OutsideFeature, OutsideProvider> providers;
    private final DailyBudgets budgets;
    private final OutsideSettings settings;
    private final Clock clock;
    private final Retry retry;
    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
    private final Map<String, Instant> openedAt = new ConcurrentHashMap<>();

    public OutsideCalls(List<OutsideProvider> providers, DailyBudgets budgets, OutsideSettings settings,
                        Clock clock) {
        this.providers = byFeature(providers);
        this.budgets = budgets;
        this.settings = settings;
        this.clock = clock;
        this.retry = Retry.of("outside", RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(settings.initialBackoff(), 2.0))
                .retryOnException(failure -> failure instanceof OutsideFailure outside && outside.retryable())
                .build());
    }

    /** Features are served by one provider each; a second provider for a feature is a wiring mistake. */
    private static Map<OutsideFeature, OutsideProvider> byFeature(List<OutsideProvider> providers) {
        return providers.stream()
                .flatMap(provider -> provider.features().stream().map(feature -> Map.entry(feature, provider)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (first, second) -> {
                    throw new IllegalStateException("two providers for one feature: " + first.name() + " and "
                            + second.name());
                }));
    }

    /**
     * Runs the call for the feature; throws {@link OutsideFailure} with the reason it gave no answer: the last
     * attempt's failure, or NOT_CONFIGURED, CIRCUIT_OPEN or BUDGET_SPENT when no attempt could be made.
     */
    public <T> T call(OutsideFeature feature, Callable<T> call) {
        OutsideProvider provider = configured(feature).orElseThrow(() -> new OutsideFailure(
                OutsideFailure.Kind.NOT_CONFIGURED, notConfigured(feature)));
        CircuitBreaker breaker = breaker(provider);
        Callable<T> attempt = () -> attempt(feature, provider, breaker, call);
        try {
            return retry.executeCallable(attempt);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the call to " + provider.name() + " failed unexpectedly", e);
        }
    }

    private <T> T attempt(OutsideFeature feature, OutsideProvider provider, CircuitBreaker breaker,
                          Callable<T> call) throws Exception {
        if (!breaker.tryAcquirePermission()) {
            throw new OutsideFailure(OutsideFailure.Kind.CIRCUIT_OPEN, circuitOpen(provider));
        }
        if (!budgets.take(feature, today(), settings.dailyBudget(feature))) {
            breaker.releasePermission();
            throw new OutsideFailure(OutsideFailure.Kind.BUDGET_SPENT, budgetSpent(feature));
        }
        long start = System.nanoTime();
        try {
            T result = call.call();
            breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return result;
        } catch (IOException e) {
            OutsideFailure failure = new OutsideFailure(OutsideFailure.Kind.CONNECTION,
                    provider.name() + " could not be reached: " + e.getMessage(), e);
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, failure);
            throw failure;
        } catch (Exception e) {
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
            throw e;
        }
    }

    /** Refuses a request whose feature cannot call its provider now, with the reason and when to come back. */
    public void requireAvailable(OutsideFeature feature) {
        FeatureStatus status = status(feature);
        if (!status.available()) {
            throw new OutsideUnavailable(status, switch (status.state()) {
                case "NOT_CONFIGURED" -> notConfigured(feature);
                case "CIRCUIT_OPEN" -> circuitOpen(providers.get(feature));
                default -> budgetSpent(feature);
            });
        }
    }

    public FeatureStatus status(OutsideFeature feature) {
        int used = budgets.used(feature, today());
        int limit = settings.dailyBudget(feature);
        OutsideProvider provider = providers.get(feature);
        if (provider == null || !provider.configured()) {
            return new FeatureStatus(feature.key(), provider == null ? null : provider.name(), "NOT_CONFIGURED",
                    null, used, limit, null);
        }
        CircuitBreaker breaker = breaker(provider);
        Long openSeconds = secondsUntilTrial(provider, breaker);
        if (openSeconds != null) {
            return new FeatureStatus(feature.key(), provider.name(), "CIRCUIT_OPEN", breaker.getState().name(), used,
                    limit, openSeconds);
        }
        if (used >= limit) {
            return new FeatureStatus(feature.key(), provider.name(), "BUDGET_SPENT", breaker.getState().name(), used,
                    limit, secondsUntilTomorrow());
        }
        return new FeatureStatus(feature.key(), provider.name(), FeatureStatus.AVAILABLE, breaker.getState().name(),
                used, limit, null);
    }

    public List<FeatureStatus> statuses() {
        return Arrays.stream(OutsideFeature.values()).map(this::status).toList();
    }

    private Optional<OutsideProvider> configured(OutsideFeature feature) {
        return Optional.ofNullable(providers.get(feature)).filter(OutsideProvider::configured);
    }

    /** Seconds an open circuit still refuses calls; null when it lets calls (or a trial call) through. */
    private Long secondsUntilTrial(OutsideProvider provider, CircuitBreaker breaker) {
        if (breaker.getState() != CircuitBreaker.State.OPEN) {
            return null;
        }
        Instant trial = openedAt.getOrDefault(provider.name(), clock.instant()).plus(settings.openFor());
        long seconds = Duration.between(clock.instant(), trial).toSeconds();
        return seconds > 0 ? seconds : null;
    }

    private long secondsUntilTomorrow() {
        Instant midnight = today().plusDays(1).atStartOfDay(settings.budgetZone()).toInstant();
        return Math.max(1, Duration.between(clock.instant(), midnight).toSeconds());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), settings.budgetZone());
    }

    private CircuitBreaker breaker(OutsideProvider provider) {
        return breakers.computeIfAbsent(provider.name(), name -> {
            CircuitBreaker breaker = CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                    .clock(clock)
                    .failureRateThreshold(settings.failureRate())
                    .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                    .slidingWindowSize(settings.window())
                    .minimumNumberOfCalls(settings.window())
                    .waitDurationInOpenState(settings.openFor())
                    .permittedNumberOfCallsInHalfOpenState(1)
                    .ignoreException(failure -> failure instanceof OutsideFailure outside
                            && !outside.reachedProvider())
                    .build());
            breaker.getEventPublisher().onStateTransition(event -> {
                if (event.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
                    openedAt.put(name, clock.instant());
                }
            });
            return breaker;
        });
    }

    private static String notConfigured(OutsideFeature feature) {
        return "No provider is configured for " + feature.key() + ".";
    }

    private static String circuitOpen(OutsideProvider provider) {
        return "Calls to " + provider.name() + " are paused: too many of the latest calls failed.";
    }

    private String budgetSpent(OutsideFeature feature) {
        return "Today's budget of " + settings.dailyBudget(feature) + " calls for " + feature.key()
                + " is spent.";
    }
}
