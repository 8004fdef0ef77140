package uz.daftar.projections.timeline;

import uz.daftar.events.subscription.EntitlementExpired;
import uz.daftar.events.subscription.EntitlementGranted;
import uz.daftar.events.subscription.EntitlementRefunded;
import uz.daftar.events.subscription.EntitlementRenewed;

import java.util.List;

/** Timeline entries of the subscription context: entitlements granted, renewed, ended. */
final class SubscriptionEntries {

    static final List<Class<?>> EVENTS = List.of(EntitlementGranted.class, EntitlementRenewed.class,
            EntitlementExpired.class, EntitlementRefunded.class);

    private SubscriptionEntries() {
    }

    static List<TimelineFact> of(Object event) {
        if (event instanceof EntitlementGranted e) {
            return List.of(TimelineFact.of(e.studentId(), e.grantedAt(), "A subscription to " + e.product()
                            + " was granted from " + Words.at(e.validFrom()) + " until " + Words.at(e.validUntil())
                            + ".")
                    .source(e.entitlementId()).figure("product", e.product()).figure("validFrom", e.validFrom())
                    .figure("validUntil", e.validUntil()));
        }
        if (event instanceof EntitlementRenewed e) {
            return List.of(TimelineFact.of(e.studentId(), e.renewedAt(), "The subscription " + e.entitlementId()
                    + " was renewed until " + Words.at(e.validUntil()) + ".").source(e.entitlementId())
                    .figure("validUntil", e.validUntil()));
        }
        if (event instanceof EntitlementExpired e) {
            return List.of(TimelineFact.of(e.studentId(), e.expiredAt(), "The subscription " + e.entitlementId()
                    + " came to its end.").source(e.entitlementId()));
        }
        if (event instanceof EntitlementRefunded e) {
            return List.of(TimelineFact.of(e.studentId(), e.refundedAt(), "The subscription " + e.entitlementId()
                    + " was paid back and ended (" + e.reason() + ").").source(e.entitlementId())
                    .figure("reason", e.reason()));
        }
        return List.of();
    }
}
