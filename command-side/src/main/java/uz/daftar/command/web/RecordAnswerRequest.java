package uz.daftar.command.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import uz.daftar.events.practice.PracticeActivity;

import java.time.Instant;

public record RecordAnswerRequest(
        @NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String answerId,
        @NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String attemptId,
        @NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String studentId,
        @NotNull PracticeActivity activity,
        @NotBlank @Size(max = 100) String itemId,
        @NotBlank @Size(max = 100) String skill,
        @NotNull @Size(max = 500) String givenAnswer,
        @NotNull Boolean correct,
        @NotNull @PositiveOrZero @Max(3_600_000) Long timeTakenMillis,
        @NotNull Instant answeredAt) {
}
