package uz.daftar.command.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import uz.daftar.events.olympiad.OlympiadQuestion;
import uz.daftar.events.olympiad.OlympiadSchedule;
import uz.daftar.events.olympiad.PrizeBand;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Request bodies of the olympiad endpoints. Whether a schedule holds together is the olympiad's rule to judge. */
final class OlympiadRequests {

    static final String LANGUAGE = "uz-Latn|uz-Cyrl|ru|en";
    static final String SUBJECT = "[a-z][a-z0-9-]{1,31}";
    static final int MAX_ANSWER = 500;
    static final String QUESTION_ID = "[A-Za-z0-9][A-Za-z0-9_.-]{0,63}";
    static final String QUESTION_ID_MESSAGE = "must be 1-64 letters, digits, '_', '.' or '-'";

    private OlympiadRequests() {
    }

    record Create(@NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String olympiadId,
                  @NotEmpty @Size(max = 4) Map<@Pattern(regexp = LANGUAGE, message = "must be uz-Latn, uz-Cyrl, ru or en")
                          String, @NotBlank @Size(max = 200) String> titles,
                  @NotNull @Pattern(regexp = SUBJECT, message = "must be 2-32 lower-case letters, digits or '-'")
                  String subject,
                  @NotNull @Min(3) @Max(18) Integer minAge,
                  @NotNull @Min(3) @Max(18) Integer maxAge,
                  @NotEmpty @Size(max = 200) List<@NotNull @Valid Question> questions,
                  @NotNull @Valid Schedule schedule,
                  @NotNull @PositiveOrZero @Max(100_000) Long entryFee,
                  @Size(max = 20) List<@NotNull @Valid Prize> prizes) {

        List<OlympiadQuestion> olympiadQuestions() {
            return questions.stream().map(q -> new OlympiadQuestion(q.questionId(), q.points(), q.answerKey())).toList();
        }

        List<PrizeBand> prizeBands() {
            return prizes == null ? List.of()
                    : prizes.stream().map(p -> new PrizeBand(p.fromRank(), p.toRank(), p.coins())).toList();
        }
    }

    record Question(@NotNull @Pattern(regexp = QUESTION_ID, message = QUESTION_ID_MESSAGE) String questionId,
                    @NotNull @Min(1) @Max(100) Integer points,
                    @NotBlank @Size(max = MAX_ANSWER) String answerKey) {
    }

    record Schedule(@NotNull Instant registrationOpens,
                    @NotNull Instant registrationCloses,
                    @NotNull Instant startOpens,
                    @NotNull Instant startCloses,
                    @NotNull @Min(1) @Max(86_400) Long durationSeconds,
                    @NotNull Instant finalDeadline) {

        OlympiadSchedule toSchedule() {
            return new OlympiadSchedule(registrationOpens, registrationCloses, startOpens, startCloses, durationSeconds,
                    finalDeadline);
        }
    }

    record Prize(@NotNull @Min(1) Integer fromRank,
                 @NotNull @Min(1) Integer toRank,
                 @NotNull @Min(1) @Max(1_000_000) Long coins) {
    }

    record Cancel(@NotBlank @Size(max = 500) String reason) {
    }

    record Register(@NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String studentId) {
    }

    record Answer(@NotNull @Pattern(regexp = QUESTION_ID, message = QUESTION_ID_MESSAGE) String questionId,
                  @NotNull @Size(max = MAX_ANSWER) String answer) {
    }

    record Submit(@Size(max = 200) Map<@Pattern(regexp = QUESTION_ID, message = QUESTION_ID_MESSAGE) String,
            @NotNull @Size(max = MAX_ANSWER) String> answers) {

        Map<String, String> sheet() {
            return answers == null ? Map.of() : answers;
        }
    }
}
