package uz.daftar.command.olympiad;

import uz.daftar.command.CommandRejected;
import uz.daftar.command.olympiad.OlympiadTerms.Status;
import uz.daftar.command.olympiad.OlympiadTerms.Terms;
import uz.daftar.command.subscription.ActiveEntitlements;

import java.time.Instant;

/**
 * Who may register for an olympiad, and when: it is published, its registration window is open at the time of
 * registering, and the student holds an active olympiad entitlement then. Checked before an entry fee is held and
 * again by the participation itself.
 */
public final class Admission {

    private Admission() {
    }

    /** The olympiad's terms, or a rejection saying why the student cannot register at {@code at}. */
    public static Terms requireOpen(OlympiadTerms olympiads, ActiveEntitlements entitlements, String olympiadId,
                                    String studentId, Instant at) {
        Terms terms = requireKnown(olympiads, olympiadId);
        if (terms.status() == Status.CANCELLED) {
            throw CommandRejected.conflict("olympiad-cancelled", "Olympiad " + olympiadId + " was cancelled.");
        }
        if (terms.status() != Status.PUBLISHED) {
            throw CommandRejected.conflict("olympiad-not-published", "Olympiad " + olympiadId
                    + " is not open for registration.");
        }
        if (at.isBefore(terms.schedule().registrationOpens()) || !at.isBefore(terms.schedule().registrationCloses())) {
            throw CommandRejected.conflict("registration-closed", "Registration for olympiad " + olympiadId
                    + " is open from " + terms.schedule().registrationOpens() + " until "
                    + terms.schedule().registrationCloses() + ", not at " + at + ".");
        }
        if (!entitlements.isActive(studentId, ActiveEntitlements.OLYMPIADS, at)) {
            throw CommandRejected.unprocessable("no-olympiad-entitlement", "Student " + studentId
                    + " has no active olympiad subscription.");
        }
        return terms;
    }

    static Terms requireKnown(OlympiadTerms olympiads, String olympiadId) {
        return olympiads.find(olympiadId).orElseThrow(() -> CommandRejected.notFound("unknown-olympiad",
                "No olympiad with id " + olympiadId + "."));
    }

    /** The wallet hold that pays a student's entry fee for the olympiad. */
    public static String feeHoldId(String olympiadId) {
        return "olympiad-fee:" + olympiadId;
    }
}
