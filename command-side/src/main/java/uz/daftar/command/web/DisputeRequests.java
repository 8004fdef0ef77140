package uz.daftar.command.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import uz.daftar.command.disputes.Correction;

/** Request bodies of the dispute endpoints. */
final class DisputeRequests {

    private DisputeRequests() {
    }

    /** A dispute about a ledger entry ({@code ledgerEntryId}) or a missing award ({@code sourceEventId}). */
    record Open(@NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String disputeId,
                @NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String studentId,
                @Size(min = 1, max = 100) String ledgerEntryId,
                @Size(min = 1, max = 100) String sourceEventId,
                @NotBlank @Size(max = 1000) String statement) {

        @JsonIgnore
        @AssertTrue(message = "name either ledgerEntryId or sourceEventId, not both")
        public boolean isAboutOneThing() {
            return (ledgerEntryId == null) != (sourceEventId == null);
        }
    }

    record EvidenceRequest(@NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String requestId,
                           @NotBlank @Size(max = 1000) String question) {
    }

    record Evidence(@NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String evidenceId,
                    @NotBlank @Size(max = 2000) String text,
                    @Size(min = 1, max = 200) String reference) {
    }

    enum Outcome { UPHELD, REJECTED }

    /**
     * Upheld: a {@code CREDIT} (the default) of {@code amount} coins, or a {@code REVERSAL} of the disputed entry
     * without an amount. Rejected: a reason only.
     */
    record Decision(@NotNull Outcome outcome,
                    Correction correction,
                    @Positive @Max(CoinRequests.MAX_AMOUNT) Long amount,
                    @NotBlank @Size(max = 400) String reason) {

        @JsonIgnore
        @AssertTrue(message = "a rejection carries a reason only, no correction or amount")
        public boolean isRejectionWithoutCorrection() {
            return outcome != Outcome.REJECTED || correction == null && amount == null;
        }

        Correction correctionOrCredit() {
            return correction == null ? Correction.CREDIT : correction;
        }
    }
}
