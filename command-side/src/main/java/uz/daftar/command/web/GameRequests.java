package uz.daftar.command.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import uz.daftar.events.games.Game;

/**
 * Request bodies of the game endpoints. Telemetry a game does not send is left out; whether what was sent is
 * plausible is the plausibility rule's to judge, so only malformed values are refused here.
 */
final class GameRequests {

    static final long MAX_SCORE = 1_000_000_000L;
    static final long MAX_MILLIS = 86_400_000L;
    static final int MAX_COUNT = 10_000_000;
    static final int MAX_LEVEL = 10_000;

    private GameRequests() {
    }

    record StartSession(@NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String sessionId,
                        @NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String studentId,
                        @NotNull Game game) {
    }

    record SubmitScore(@NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String studentId,
                       @NotNull Game game,
                       @NotNull @PositiveOrZero @Max(MAX_SCORE) Long score,
                       @NotNull @PositiveOrZero @Max(MAX_MILLIS) Long durationMillis,
                       @PositiveOrZero @Max(MAX_COUNT) Integer moves,
                       @PositiveOrZero @Max(MAX_COUNT) Integer lines,
                       @PositiveOrZero @Max(MAX_LEVEL) Integer level,
                       @PositiveOrZero @Max(MAX_COUNT) Integer answers,
                       @PositiveOrZero @Max(MAX_MILLIS) Long fastestAnswerMillis) {
    }

    record Review(@NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String studentId,
                  @NotNull Game game) {
    }
}
