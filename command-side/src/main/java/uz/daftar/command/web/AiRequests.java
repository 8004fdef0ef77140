package uz.daftar.command.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Request bodies of the generated-content endpoints; {@code requestId} becomes the artefact's id. */
final class AiRequests {

    private AiRequests() {
    }

    /** A narrative for the parent report of {@code from}..{@code to} (both days included, the child's calendar). */
    record Narrative(@NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String requestId,
                     @NotNull LocalDate from,
                     @NotNull LocalDate to) {
    }

    /** Recommendations from weak skills; a teacher names the class through which they teach the student. */
    record Recommendations(@NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String requestId,
                           @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String classId) {
    }

    enum DraftKind { STORY, QUIZ }

    /** A story or quiz draft on a teacher's topic, in a language, for a grade level (0: pre-school). */
    record Draft(@NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String requestId,
                 @NotNull DraftKind kind,
                 @NotBlank @Size(max = 300) String topic,
                 @NotNull @Pattern(regexp = "uz-Latn|uz-Cyrl|ru|en", message = "must be uz-Latn, uz-Cyrl, ru or en")
                 String language,
                 @NotNull @Min(0) @Max(6) Integer gradeLevel) {
    }

    record Rejection(@NotBlank @Size(max = 400) String reason) {
    }
}
