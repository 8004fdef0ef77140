package uz.daftar.query.dashboard;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The numbers on a student's dashboard, each named as its field in {@link StudentDashboardView}, and each explained
 * by the events behind it at {@code /api/v1/students/{studentId}/explanations/{field}}.
 */
public enum DashboardFigure {
    ANSWERS("answers", StudentDashboardView::answers),
    CORRECT_ANSWERS("correctAnswers", StudentDashboardView::correctAnswers),
    PRACTICE_MINUTES("practiceMinutes", StudentDashboardView::practiceMinutes),
    TOTAL_XP("totalXp", StudentDashboardView::totalXp),
    LEVEL("level", StudentDashboardView::level),
    CURRENT_STREAK("currentStreak", StudentDashboardView::currentStreak),
    BEST_STREAK("bestStreak", StudentDashboardView::bestStreak),
    STREAK_FREEZES("streakFreezes", StudentDashboardView::streakFreezes),
    BADGES("badges", dashboard -> dashboard.badges().size()),
    COIN_BALANCE("coinBalance", StudentDashboardView::coinBalance),
    COINS_HELD("coinsHeld", StudentDashboardView::coinsHeld);

    private final String field;
    private final ToLongFunction<StudentDashboardView> value;

    DashboardFigure(String field, ToLongFunction<StudentDashboardView> value) {
        this.field = field;
        this.value = value;
    }

    public String field() {
        return field;
    }

    /** The number as the dashboard shows it. */
    public long valueOn(StudentDashboardView dashboard) {
        return value.applyAsLong(dashboard);
    }

    public static Optional<DashboardFigure> byField(String field) {
        return Arrays.stream(values()).filter(figure -> figure.field.equals(field)).findFirst();
    }

    /** Where each figure of the student's dashboard is explained, by field. */
    public static Map<String, String> links(String studentId) {
        Map<String, String> links = new LinkedHashMap<>();
        for (DashboardFigure figure : values()) {
            links.put(figure.field, "/api/v1/students/" + studentId + "/explanations/" + figure.field);
        }
        return links;
    }
}
