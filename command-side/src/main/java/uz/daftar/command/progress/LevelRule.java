package uz.daftar.command.progress;

/**
 * Which level a total of XP means. {@value #V1}: level {@code n} needs {@code 50 * n * (n - 1)} XP, so level 2
 * at 100 XP, 3 at 300, 4 at 600, 5 at 1000. Levels only depend on total XP, which never falls.
 */
public final class LevelRule {

    public static final String V1 = "levels.v1";

    private LevelRule() {
    }

    public static int levelFor(long totalXp) {
        int level = 1;
        while (50L * (level + 1) * level <= totalXp) {
            level++;
        }
        return level;
    }
}
