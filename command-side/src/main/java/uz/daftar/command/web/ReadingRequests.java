package uz.daftar.command.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Request shapes of the reading context. */
final class ReadingRequests {

    static final String ERROR_TYPES = "None|Omission|Insertion|Mispronunciation|UnexpectedBreak|MissingBreak|Monotone";

    private ReadingRequests() {
    }

    /**
     * What an upload is checked against for its Idempotency-Key: the form fields and the audio's SHA-256, so the
     * same key with other audio is a conflict.
     */
    record Submission(String studentId, String attemptId, String text, String language, String assessor,
                      String audioSha256) {
    }

    /** A teacher's score by hand: 0-100 each; prosody and per-word scores optional. */
    record TeacherScore(@NotNull @DecimalMin("0") @DecimalMax("100") Double accuracy,
                        @NotNull @DecimalMin("0") @DecimalMax("100") Double fluency,
                        @NotNull @DecimalMin("0") @DecimalMax("100") Double completeness,
                        @DecimalMin("0") @DecimalMax("100") Double prosody,
                        @NotNull @DecimalMin("0") @DecimalMax("100") Double pronunciation,
                        @Size(max = 500) List<@Valid @NotNull Word> words) {
    }

    record Word(@NotBlank @Size(max = 100) String word,
                @DecimalMin("0") @DecimalMax("100") Double accuracy,
                @NotNull @Pattern(regexp = ERROR_TYPES, message = "must be one of " + ERROR_TYPES) String errorType) {
    }
}
