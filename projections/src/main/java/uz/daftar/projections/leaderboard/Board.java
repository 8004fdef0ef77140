package uz.daftar.projections.leaderboard;

import java.util.Set;

/**
 * One leaderboard: what is ranked ({@code metric}: {@code xp} or {@code game:<GAME>}), among whom ({@code scope}:
 * {@code global}, {@code region:<code>}, {@code centre:<id>}, {@code class:<id>}) and over which {@code period}
 * (see {@link Periods}). Its key, {@code metric/scope/period}, names it in the read model.
 */
public record Board(String metric, String scope, String period) {

    public static final String XP = "xp";
    public static final String GLOBAL = "global";
    static final Set<String> SCOPE_KINDS = Set.of("region", "centre", "class");

    public Board {
        if (metric.contains("/") || scope.contains("/") || period.contains("/")) {
            throw new IllegalArgumentException("A board's parts cannot contain '/': " + metric + ", " + scope
                    + ", " + period);
        }
    }

    public static String game(String game) {
        return "game:" + game;
    }

    public static String scope(String kind, String id) {
        return kind + ":" + id;
    }

    public static Board parse(String key) {
        String[] parts = key.split("/", -1);
        return new Board(parts[0], parts[1], parts[2]);
    }

    public String key() {
        return metric + "/" + scope + "/" + period;
    }

    public Board in(String otherScope) {
        return new Board(metric, otherScope, period);
    }

    /**
     * Whether the board may hold millions of students: ranks on it are counted from {@code lb_count}, never by
     * counting the students ahead.
     */
    public boolean large() {
        return isLarge(scope);
    }

    static boolean isLarge(String scope) {
        return scope.equals(GLOBAL) || scope.startsWith("region:");
    }
}
