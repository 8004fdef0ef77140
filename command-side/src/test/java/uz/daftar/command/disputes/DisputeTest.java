package uz.daftar.command.disputes;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uz.daftar.events.disputes.DisputeOpened;
import uz.daftar.events.disputes.DisputeRejected;
import uz.daftar.events.disputes.DisputeTaken;
import uz.daftar.events.disputes.DisputeUpheld;
import uz.daftar.events.disputes.EvidenceAdded;
import uz.daftar.events.disputes.EvidenceRequested;

import java.time.Instant;

import static uz.daftar.command.Rejections.rejectedWith;

class DisputeTest {

    private static final String DISPUTE = "dsp-1";
    private static final String STUDENT = "stu-1";
    private static final String GUARDIAN = "grd-1";
    private static final String ADMIN = "adm-1";
    private static final String ENTRY = "coin:ans-1:coins-v1";
    private static final Instant AT = Instant.parse("2026-11-20T08:00:00Z");

    private FixtureConfiguration<Dispute> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Dispute.class);
    }

    private static DisputeOpened opened() {
        return new DisputeOpened(DISPUTE, STUDENT, GUARDIAN, true, ENTRY, null, "Half the coins are missing.", AT);
    }

    private static DisputeOpened openedAboutAMissingAward() {
        return new DisputeOpened(DISPUTE, STUDENT, STUDENT, false, null, "ans-7", "No coins for my quiz.", AT);
    }

    private static DisputeTaken taken() {
        return new DisputeTaken(DISPUTE, STUDENT, ADMIN, AT);
    }

    private static DisputeRejected rejected() {
        return new DisputeRejected(DISPUTE, STUDENT, ADMIN, "The cap applied.", AT);
    }

    private static UpholdDisputeCommand uphold(long amount) {
        return new UpholdDisputeCommand(DISPUTE, ADMIN, true, Correction.CREDIT, amount, "Cap applied twice.", AT);
    }

    @Nested
    class OpenDispute {

        @Test
        void aDisputeAboutALedgerEntryIsOpened() {
            fixture.givenNoPriorActivity()
                   .when(new OpenDisputeCommand(DISPUTE, STUDENT, GUARDIAN, true, ENTRY, null,
                           "Half the coins are missing.", AT))
                   .expectEvents(opened());
        }

        @Test
        void aDisputeAboutAMissingAwardNamesTheLearningEvent() {
            fixture.givenNoPriorActivity()
                   .when(new OpenDisputeCommand(DISPUTE, STUDENT, STUDENT, false, null, "ans-7",
                           "No coins for my quiz.", AT))
                   .expectEvents(openedAboutAMissingAward());
        }

        @Test
        void aDisputeIsAboutExactlyOneThing() {
            fixture.givenNoPriorActivity()
                   .when(new OpenDisputeCommand(DISPUTE, STUDENT, GUARDIAN, true, ENTRY, "ans-7", "Both.", AT))
                   .expectException(rejectedWith(422, "dispute-subject"))
                   .expectNoEvents();
        }
    }

    @Nested
    class TakeDispute {

        @Test
        void anAdminTakesAnOpenDispute() {
            fixture.given(opened())
                   .when(new TakeDisputeCommand(DISPUTE, ADMIN, true, AT))
                   .expectEvents(taken());
        }

        @Test
        void onlyAnAdminTakesADispute() {
            fixture.given(opened())
                   .when(new TakeDisputeCommand(DISPUTE, GUARDIAN, false, AT))
                   .expectException(rejectedWith(403, "not-an-admin"))
                   .expectNoEvents();
        }

        @Test
        void takingItAgainChangesNothing() {
            fixture.given(opened(), taken())
                   .when(new TakeDisputeCommand(DISPUTE, ADMIN, true, AT))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void aDisputeTakenByOneAdminIsNotTakenByAnother() {
            fixture.given(opened(), taken())
                   .when(new TakeDisputeCommand(DISPUTE, "adm-2", true, AT))
                   .expectException(rejectedWith(409, "dispute-taken"))
                   .expectNoEvents();
        }

        @Test
        void aDecidedDisputeIsNotTakenAgain() {
            fixture.given(opened(), taken(), rejected())
                   .when(new TakeDisputeCommand(DISPUTE, "adm-2", true, AT))
                   .expectException(rejectedWith(409, "dispute-closed"))
                   .expectNoEvents();
        }
    }

    @Nested
    class Evidence {

        @Test
        void theAdminHandlingTheCaseAsksTheFamily() {
            fixture.given(opened(), taken())
                   .when(new RequestEvidenceCommand(DISPUTE, "q-1", "Which quiz?", ADMIN, true, AT))
                   .expectEvents(new EvidenceRequested(DISPUTE, STUDENT, "q-1", "Which quiz?", ADMIN, AT));
        }

        @Test
        void evidenceIsAskedForOnlyOnceTheCaseIsTaken() {
            fixture.given(opened())
                   .when(new RequestEvidenceCommand(DISPUTE, "q-1", "Which quiz?", ADMIN, true, AT))
                   .expectException(rejectedWith(409, "dispute-not-taken"))
                   .expectNoEvents();
        }

        @Test
        void anotherAdminDoesNotAskOnACaseTheyDidNotTake() {
            fixture.given(opened(), taken())
                   .when(new RequestEvidenceCommand(DISPUTE, "q-1", "Which quiz?", "adm-2", true, AT))
                   .expectException(rejectedWith(409, "dispute-taken"))
                   .expectNoEvents();
        }

        @Test
        void aGuardianConfirmedByTheStudentAddsEvidence() {
            fixture.given(opened(), taken())
                   .when(new AddEvidenceCommand(DISPUTE, "ev-1", GUARDIAN, false, true, "The fractions quiz.", "att-9", AT))
                   .expectEvents(new EvidenceAdded(DISPUTE, STUDENT, "ev-1", GUARDIAN, false, "The fractions quiz.",
                           "att-9", AT));
        }

        @Test
        void theStudentAddsEvidenceToTheirOwnCase() {
            fixture.given(opened())
                   .when(new AddEvidenceCommand(DISPUTE, "ev-1", STUDENT, false, false, "It was Monday.", null, AT))
                   .expectEvents(new EvidenceAdded(DISPUTE, STUDENT, "ev-1", STUDENT, false, "It was Monday.", null,
                           AT));
        }

        @Test
        void nobodyElseAddsEvidence() {
            fixture.given(opened())
                   .when(new AddEvidenceCommand(DISPUTE, "ev-1", "grd-other", false, false, "Me too.", null, AT))
                   .expectException(rejectedWith(403, "not-a-party"))
                   .expectNoEvents();
        }

        @Test
        void anAdminAddsEvidenceToo() {
            fixture.given(opened(), taken())
                   .when(new AddEvidenceCommand(DISPUTE, "ev-1", "adm-2", true, false, "Server log 14:02.", "log-7", AT))
                   .expectEvents(new EvidenceAdded(DISPUTE, STUDENT, "ev-1", "adm-2", true, "Server log 14:02.",
                           "log-7", AT));
        }

        @Test
        void anEvidenceIdIsRecordedOnce() {
            fixture.given(opened(), new EvidenceAdded(DISPUTE, STUDENT, "ev-1", GUARDIAN, false, "x", null, AT))
                   .when(new AddEvidenceCommand(DISPUTE, "ev-1", GUARDIAN, false, true, "x", null, AT))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void aDecidedCaseTakesNoMoreEvidence() {
            fixture.given(opened(), taken(), rejected())
                   .when(new AddEvidenceCommand(DISPUTE, "ev-2", GUARDIAN, false, true, "But...", null, AT))
                   .expectException(rejectedWith(409, "dispute-closed"))
                   .expectNoEvents();
        }
    }

    @Nested
    class Decide {

        @Test
        void upholdingCreditsTheAmountByAnEntryDerivedFromTheDispute() {
            fixture.given(opened(), taken())
                   .when(uphold(5))
                   .expectEvents(new DisputeUpheld(DISPUTE, STUDENT, ADMIN, "Cap applied twice.", "CREDIT", 5L, ENTRY,
                           "dispute:" + DISPUTE, AT));
        }

        @Test
        void upholdingCanReverseTheDisputedEntry() {
            fixture.given(opened(), taken())
                   .when(new UpholdDisputeCommand(DISPUTE, ADMIN, true, Correction.REVERSAL, null, "Wrong spend.", AT))
                   .expectEvents(new DisputeUpheld(DISPUTE, STUDENT, ADMIN, "Wrong spend.", "REVERSAL", null, ENTRY,
                           "dispute:" + DISPUTE, AT));
        }

        @Test
        void aMissingAwardHasNoEntryToReverse() {
            fixture.given(openedAboutAMissingAward(), taken())
                   .when(new UpholdDisputeCommand(DISPUTE, ADMIN, true, Correction.REVERSAL, null, "Wrong.", AT))
                   .expectException(rejectedWith(422, "nothing-to-reverse"))
                   .expectNoEvents();
        }

        @Test
        void aCreditIsOfAPositiveAmount() {
            fixture.given(opened(), taken())
                   .when(uphold(0))
                   .expectException(rejectedWith(422, "non-positive-amount"))
                   .expectNoEvents();
        }

        @Test
        void rejectingGivesTheFamilyAReason() {
            fixture.given(opened(), taken())
                   .when(new RejectDisputeCommand(DISPUTE, ADMIN, true, "The cap applied.", AT))
                   .expectEvents(rejected());
        }

        @Test
        void aCaseIsTakenBeforeItIsDecided() {
            fixture.given(opened())
                   .when(uphold(5))
                   .expectException(rejectedWith(409, "dispute-not-taken"))
                   .expectNoEvents();
        }

        @Test
        void onlyAnAdminDecides() {
            fixture.given(opened(), taken())
                   .when(new RejectDisputeCommand(DISPUTE, ADMIN, false, "No.", AT))
                   .expectException(rejectedWith(403, "not-an-admin"))
                   .expectNoEvents();
        }

        @Test
        void onlyTheAdminWhoTookTheCaseDecidesIt() {
            fixture.given(opened(), taken())
                   .when(new UpholdDisputeCommand(DISPUTE, "adm-2", true, Correction.CREDIT, 5L, "Yes.", AT))
                   .expectException(rejectedWith(409, "dispute-taken"))
                   .expectNoEvents();
        }

        @Test
        void aDecidedCaseIsNotDecidedAgain() {
            fixture.given(opened(), taken(), new DisputeUpheld(DISPUTE, STUDENT, ADMIN, "Yes.", "CREDIT", 5L, ENTRY,
                           "dispute:" + DISPUTE, AT))
                   .when(uphold(5))
                   .expectException(rejectedWith(409, "dispute-closed"))
                   .expectNoEvents();
        }

        @Test
        void aRejectedCaseIsNotUpheldLater() {
            fixture.given(opened(), taken(), rejected())
                   .when(uphold(5))
                   .expectException(rejectedWith(409, "dispute-closed"))
                   .expectNoEvents();
        }
    }
}
