package uz.daftar.command.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Request bodies and query parameters of the subscription endpoints. */
final class SubscriptionRequests {

    static final String PRODUCT = "[a-z][a-z0-9-]{1,31}";
    static final String PRODUCT_MESSAGE = "must be 2-32 lower-case letters, digits or '-', starting with a letter";

    private SubscriptionRequests() {
    }

    record Grant(@NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String entitlementId,
                 @NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String studentId,
                 @NotNull @Pattern(regexp = PRODUCT, message = PRODUCT_MESSAGE) String product,
                 @NotNull Instant validFrom,
                 @NotNull Instant validUntil,
                 @NotBlank @Size(max = 120) String source) {
    }

    record Renewal(@NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String studentId,
                   @NotNull Instant validUntil,
                   @NotBlank @Size(max = 120) String paymentReference) {
    }

    record Refund(@NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String studentId,
                  @NotBlank @Size(max = 500) String reason) {
    }

    /** {@code ?product=...&at=...}; without {@code at}, the question is about now. */
    record ActiveQuery(@NotNull @Pattern(regexp = PRODUCT, message = PRODUCT_MESSAGE) String product,
                       Instant at) {
    }
}
