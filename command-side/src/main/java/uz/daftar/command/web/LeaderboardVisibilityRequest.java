package uz.daftar.command.web;

import jakarta.validation.constraints.NotNull;

/** {@code listed}: whether the student appears on leaderboards for others. */
public record LeaderboardVisibilityRequest(@NotNull Boolean listed) {
}
