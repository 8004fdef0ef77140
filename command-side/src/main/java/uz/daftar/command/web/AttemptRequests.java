package uz.daftar.command.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.Map;

/** Request bodies that end a practice attempt. */
final class AttemptRequests {

    private AttemptRequests() {
    }

    record Complete(@NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String studentId,
                    @PositiveOrZero @Max(300) Integer wordsPerMinute,
                    @PositiveOrZero @Max(100) Integer accuracyPercent,
                    @Size(max = 100) Map<@Size(min = 1, max = 8) String, @NotNull @PositiveOrZero Integer> keyErrors) {
    }

    record Abandon(@NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String studentId) {
    }
}
