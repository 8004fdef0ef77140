package uz.daftar.command.subscription;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uz.daftar.events.subscription.EntitlementExpired;
import uz.daftar.events.subscription.EntitlementGranted;
import uz.daftar.events.subscription.EntitlementRefunded;
import uz.daftar.events.subscription.EntitlementRenewed;

import java.time.Duration;
import java.time.Instant;

import static uz.daftar.command.Rejections.rejectedWith;

class SubscriptionTest {

    private static final String STUDENT = "stu-1";
    private static final String ENTITLEMENT = "ent-1";
    private static final Instant GRANTED_AT = Instant.parse("2025-08-31T17:00:00Z");
    private static final Instant VALID_FROM = Instant.parse("2025-09-01T00:00:00Z");
    private static final Instant VALID_UNTIL = Instant.parse("2025-10-01T00:00:00Z");
    /** A moment while {@link #ENTITLEMENT} runs. */
    private static final Instant MID_PERIOD = Instant.parse("2025-09-15T12:00:00Z");
    private static final Instant RENEWED_UNTIL = Instant.parse("2025-11-01T00:00:00Z");

    private FixtureConfiguration<Subscription> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Subscription.class);
    }

    @Nested
    class GrantEntitlement {

        @Test
        void theFirstGrantStartsTheSubscriptionWithTheEntitlement() {
            fixture.givenNoPriorActivity()
                   .when(grant(ENTITLEMENT, "olympiads", VALID_FROM, VALID_UNTIL))
                   .expectSuccessfulHandlerExecution()
                   .expectEvents(granted(ENTITLEMENT, "olympiads", VALID_FROM, VALID_UNTIL));
        }

        @Test
        void aFurtherGrantJoinsTheSameSubscription() {
            fixture.given(granted(ENTITLEMENT, "olympiads", VALID_FROM, VALID_UNTIL))
                   .when(grant("ent-2", "premium", VALID_FROM, RENEWED_UNTIL))
                   .expectEvents(granted("ent-2", "premium", VALID_FROM, RENEWED_UNTIL));
        }

        @Test
        void anEntitlementIdIsGrantedOnce() {
            fixture.given(granted(ENTITLEMENT, "olympiads", VALID_FROM, VALID_UNTIL))
                   .when(grant(ENTITLEMENT, "olympiads", VALID_FROM, VALID_UNTIL))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void aRepeatedEntitlementIdWithOtherTermsChangesNothing() {
            fixture.given(granted(ENTITLEMENT, "olympiads", VALID_FROM, VALID_UNTIL))
                   .when(grant(ENTITLEMENT, "premium", VALID_FROM, RENEWED_UNTIL))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void anEntitlementCannotEndWhenItStarts() {
            fixture.givenNoPriorActivity()
                   .when(grant(ENTITLEMENT, "olympiads", VALID_FROM, VALID_FROM))
                   .expectException(rejectedWith(422, "empty-period"))
                   .expectNoEvents();
        }

        @Test
        void anEntitlementCannotEndBeforeItStarts() {
            fixture.given(granted("ent-0", "premium", VALID_FROM, VALID_UNTIL))
                   .when(grant(ENTITLEMENT, "olympiads", VALID_UNTIL, VALID_FROM))
                   .expectException(rejectedWith(422, "empty-period"))
                   .expectNoEvents();
        }
    }

    @Nested
    class RenewEntitlement {

        @Test
        void aRenewalMovesTheEndOfARunningEntitlementLater() {
            fixture.given(granted(ENTITLEMENT, "olympiads", VALID_FROM, VALID_UNTIL))
                   .when(renew(RENEWED_UNTIL, MID_PERIOD))
                   .expectEvents(renewed(RENEWED_UNTIL, MID_PERIOD));
        }

        @Test
        void anEntitlementCanBeRenewedBeforeItStarts() {
            fixture.given(granted(ENTITLEMENT, "olympiads", VALID_FROM, VALID_UNTIL))
                   .when(renew(RENEWED_UNTIL, GRANTED_AT))
                   .expectEvents(renewed(RENEWED_UNTIL, GRANTED_AT));
        }

        @Test
        void cannotRenewAnUnknownEntitlement() {
            fixture.given(granted("ent-0", "olympiads", VALID_FROM, VALID_UNTIL))
                   .when(renew(RENEWED_UNTIL, MID_PERIOD))
                   .expectException(rejectedWith(404, "unknown-entitlement"))
                   .expectNoEvents();
        }

        @Test
        void aRenewalMustEndLaterThanTheEntitlementDoesNow() {
            fixture.given(granted(ENTITLEMENT, "olympiads", VALID_FROM, VALID_UNTIL))
                   .when(renew(VALID_UNTIL, MID_PERIOD))
                   .expectException(rejectedWith(422, "renewal-not-later"))
                   .expectNoEvents();
        }

        @Test
        void aRenewalCannotShortenTheEntitlement() {
            fixture.given(granted(ENTITLEMENT, "olympiads", VALID_FROM, VALID_UNTIL))
                   .when(renew(VALID_UNTIL.minus(Duration.ofDays(3)), MID_PERIOD))
                   .expectException(rejectedWith(422, "renewal-not-later"))
                   .expectNoEvents();
        }

        @Test
        void aRenewalIsComparedWithTheEndOfTheLastRenewal() {
            fixture.given(granted(ENTITLEMENT, "olympiads", VALID_FROM, VALID_UNTIL),
                          renewed(RENEWED_UNTIL, MID_PERIOD))
                   .when(renew(RENEWED_UNTIL.minus(Duration.ofDays(1)), MID_PERIOD))
                   .expectException(rejectedWith(422, "renewal-not-later"))
                   .expectNoEvents();
        }

        @Test
        void cannotRenewARefundedEntitlement() {
            fixture.given(granted(ENTITLEMENT, "olympiads", VALID_FROM, VALID_UNTIL), refunded(MID_PERIOD))
                   .when(renew(RENEWED_UNTIL, MID_PERIOD.plusSeconds(60)))
                   .expectException(rejectedWith(409, "entitlement-ended"))
                   .expectNoEvents();
        }

        @Test
        void cannotRenewAnExpiredEntitlement() {
            fixture.given(granted(ENTITLEMENT, "olympiads", VALID_FROM, VALID_UNTIL), expired())
                   .when(renew(RENEWED_UNTIL, VALID_UNTIL.plusSeconds(60)))
                   .expectException(rejectedWith(409, "entitlement-ended"))
                   .expectNoEvents();
        }

        @Test
        void cannotRenewAnEntitlementThatRanOutBeforeItsExpiryWasRecorded() {
            fixture.given(granted(ENTITLEMENT, "olympiads", VALID_FROM, VALID_UNTIL))
                   .when(renew(RENEWED_UNTIL, VALID_UNTIL))
                   .expectException(rejectedWith(409, "entitlement-ended"))
                   .expectNoEvents();
        }
    }

    @Nested
    class ExpireEntitlement {

        @Test
        void anEntitlementExpiresAtItsValidUntil() {
            fixture.given(granted(ENTITLEMENT, "olympiads", VALID_FROM, VALID_UNTIL))
                   .when(expire(VALID_UNTIL))
                   .expectEvents(expired());
        }

        @Test
        void aLateCheckRecordsTheExpiryAsOfValidUntil() {
            fixture.given(granted(ENTITLEMENT, "olympiads", VALID_FROM, VALID_UNTIL))
                   .when(expire(VALID_UNTIL.plus(Duration.ofHours(5))))
                   .expectEvents(expired());
        }

        @Test
        void aCheckBeforeValidUntilDoesNothing() {
            fixture.given(granted(ENTITLEMENT, "olympiads", VALID_FROM, VALID_UNTIL))
                   .when(expire(VALID_UNTIL.minusMillis(1)))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void aRenewedEntitlementDoesNotExpireAtItsFormerEnd() {
            fixture.given(granted(ENTITLEMENT, "olympiads", VALID_FROM, VALID_UNTIL),
                          renewed(RENEWED_UNTIL, MID_PERIOD))
                   .when(expire(VALID_UNTIL))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void aRenewedEntitlementExpiresAtItsNewEnd() {
            fixture.given(granted(ENTITLEMENT, "olympiads", VALID_FROM, VALID_UNTIL),
                          renewed(RENEWED_UNTIL, MID_PERIOD))
                   .when(expire(RENEWED_UNTIL))
                   .expectEvents(new EntitlementExpired(STUDENT, ENTITLEMENT, RENEWED_UNTIL));
        }

        @Test
        void anEntitlementExpiresOnce() {
            fixture.given(granted(ENTITLEMENT, "olympiads", VALID_FROM, VALID_UNTIL), expired())
                   .when(expire(VALID_UNTIL.plusSeconds(5)))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void aRefundedEntitlementDoesNotExpire() {
            fixture.given(granted(ENTITLEMENT, "olympiads", VALID_FROM, VALID_UNTIL), refunded(MID_PERIOD))
                   .when(expire(VALID_UNTIL))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void anUnknownEntitlementIsNotExpired() {
            fixture.given(granted("ent-0", "olympiads", VALID_FROM, VALID_UNTIL))
                   .when(expire(VALID_UNTIL))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }
    }

    @Nested
    class RefundEntitlement {

        @Test
        void aRefundEndsARunningEntitlementAtOnce() {
            fixture.given(granted(ENTITLEMENT, "olympiads", VALID_FROM, VALID_UNTIL))
                   .when(refund(MID_PERIOD))
                   .expectEvents(refunded(MID_PERIOD));
        }

        @Test
        void anEntitlementCanBeRefundedBeforeItStarts() {
            fixture.given(granted(ENTITLEMENT, "olympiads", VALID_FROM, VALID_UNTIL))
                   .when(refund(GRANTED_AT))
                   .expectEvents(refunded(GRANTED_AT));
        }

        @Test
        void cannotRefundAnUnknownEntitlement() {
            fixture.given(granted("ent-0", "olympiads", VALID_FROM, VALID_UNTIL))
                   .when(refund(MID_PERIOD))
                   .expectException(rejectedWith(404, "unknown-entitlement"))
                   .expectNoEvents();
        }

        @Test
        void anEntitlementIsRefundedOnce() {
            fixture.given(granted(ENTITLEMENT, "olympiads", VALID_FROM, VALID_UNTIL), refunded(MID_PERIOD))
                   .when(refund(MID_PERIOD.plusSeconds(60)))
                   .expectException(rejectedWith(409, "entitlement-ended"))
                   .expectNoEvents();
        }

        @Test
        void cannotRefundAnExpiredEntitlement() {
            fixture.given(granted(ENTITLEMENT, "olympiads", VALID_FROM, VALID_UNTIL), expired())
                   .when(refund(VALID_UNTIL.plusSeconds(60)))
                   .expectException(rejectedWith(409, "entitlement-ended"))
                   .expectNoEvents();
        }

        @Test
        void cannotRefundAnEntitlementThatRanOutBeforeItsExpiryWasRecorded() {
            fixture.given(granted(ENTITLEMENT, "olympiads", VALID_FROM, VALID_UNTIL))
                   .when(refund(VALID_UNTIL))
                   .expectException(rejectedWith(409, "entitlement-ended"))
                   .expectNoEvents();
        }
    }

    private static GrantEntitlementCommand grant(String entitlementId, String product, Instant validFrom,
                                                 Instant validUntil) {
        return new GrantEntitlementCommand(STUDENT, entitlementId, product, validFrom, validUntil, "payme-1",
                GRANTED_AT);
    }

    private static EntitlementGranted granted(String entitlementId, String product, Instant validFrom,
                                              Instant validUntil) {
        return new EntitlementGranted(STUDENT, entitlementId, product, validFrom, validUntil, "payme-1", GRANTED_AT);
    }

    private static RenewEntitlementCommand renew(Instant validUntil, Instant renewedAt) {
        return new RenewEntitlementCommand(STUDENT, ENTITLEMENT, validUntil, "payme-2", renewedAt);
    }

    private static EntitlementRenewed renewed(Instant validUntil, Instant renewedAt) {
        return new EntitlementRenewed(STUDENT, ENTITLEMENT, validUntil, renewedAt, "payme-2");
    }

    private static ExpireEntitlementCommand expire(Instant now) {
        return new ExpireEntitlementCommand(STUDENT, ENTITLEMENT, now);
    }

    /** {@link #ENTITLEMENT} ran out at its first {@link #VALID_UNTIL}. */
    private static EntitlementExpired expired() {
        return new EntitlementExpired(STUDENT, ENTITLEMENT, VALID_UNTIL);
    }

    private static RefundEntitlementCommand refund(Instant refundedAt) {
        return new RefundEntitlementCommand(STUDENT, ENTITLEMENT, "charged twice", refundedAt);
    }

    private static EntitlementRefunded refunded(Instant refundedAt) {
        return new EntitlementRefunded(STUDENT, ENTITLEMENT, "charged twice", refundedAt);
    }
}
