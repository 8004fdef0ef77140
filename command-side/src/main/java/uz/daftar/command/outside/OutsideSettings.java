package uz.daftar.command.outside;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

/**
 * How hard Daftar tries an outside service, and how much it may use it.
 *
 * @param dailyBudgets   calls a day per feature ({@code daftar.outside.<feature>.daily-budget}, 1,000 by default);
 *                       every attempt counts, retries included
 * @param budgetZone     whose midnight starts a new day of budget (Asia/Tashkent, the platform's)
 * @param maxAttempts    attempts per call, the first included, for failures worth another try
 * @param initialBackoff the wait before the second attempt; each later wait doubles
 * @param failureRate    the percentage of failed calls among the last {@code window} that opens the circuit
 * @param window         how many recent calls the failure rate is measured over, once that many were made
 * @param openFor        how long an open circuit refuses calls before it lets a trial call through
 */
public record OutsideSettings(Map<OutsideFeature, Integer> dailyBudgets, ZoneId budgetZone, int maxAttempts,
                              Duration initialBackoff, float failureRate, int window, Duration openFor) {

    public static final int DEFAULT_DAILY_BUDGET = 1_000;

    public int dailyBudget(OutsideFeature feature) {
        return dailyBudgets.getOrDefault(feature, DEFAULT_DAILY_BUDGET);
    }
}
