package uz.daftar.command.outside;

/**
 * Whether a feature can call its provider now, and if not, why and for how long.
 *
 * @param provider          the configured provider's name, or null when none is
 * @param state             AVAILABLE, NOT_CONFIGURED, CIRCUIT_OPEN or BUDGET_SPENT
 * @param circuit           the provider's circuit breaker: CLOSED, OPEN or HALF_OPEN (null without a provider)
 * @param budgetUsed        calls made today (in the budget's time zone)
 * @param dailyBudget       calls allowed a day
 * @param retryAfterSeconds when the state will change by itself: the circuit's wait or the next day; null if never
 */
public record FeatureStatus(String feature, String provider, String state, String circuit, int budgetUsed,
                            int dailyBudget, Long retryAfterSeconds) {

    public static final String AVAILABLE = "AVAILABLE";

    public boolean available() {
        return AVAILABLE.equals(state);
    }
}
