package uz.daftar.command.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Request bodies of the coin endpoints. Amounts are whole coins. */
final class CoinRequests {

    static final long MAX_AMOUNT = 1_000_000;

    private CoinRequests() {
    }

    record Spend(@NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String spendId,
                 @NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String studentId,
                 @NotNull @Positive @Max(MAX_AMOUNT) Long amount,
                 @NotBlank @Size(max = 120) String purpose) {
    }

    record Hold(@NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String holdId,
                @NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String studentId,
                @NotNull @Positive @Max(MAX_AMOUNT) Long amount,
                @NotBlank @Size(max = 120) String purpose,
                @NotNull Instant expiresAt) {
    }

    record HoldDecision(@NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String studentId) {
    }

    record Reversal(@NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String reversalId,
                    @NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String studentId,
                    @NotBlank @Size(max = 100) String entryId,
                    @NotBlank @Size(max = 500) String reason) {
    }

    record Adjustment(@NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String adjustmentId,
                      @NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String studentId,
                      @NotNull @Min(-MAX_AMOUNT) @Max(MAX_AMOUNT) Long amount,
                      @NotBlank @Size(max = 500) String reason,
                      @NotBlank @Size(max = 500) String evidence) {
    }
}
