package uz.daftar.events.games;

/**
 * The games a student can play. Each has its own telemetry and its own plausibility rule; {@code GAME_2048} is
 * spelled so because a Java name cannot start with a digit.
 */
public enum Game {
    MEMORY,
    MATH_MONSTER,
    TETRIS,
    GAME_2048
}
