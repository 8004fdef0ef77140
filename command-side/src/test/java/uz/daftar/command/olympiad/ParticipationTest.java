package uz.daftar.command.olympiad;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uz.daftar.command.olympiad.OlympiadTerms.Status;
import uz.daftar.events.olympiad.OlympiadAnswerRecorded;
import uz.daftar.events.olympiad.OlympiadSubmitted;
import uz.daftar.events.olympiad.ParticipationCancelled;
import uz.daftar.events.olympiad.ParticipationStarted;
import uz.daftar.events.olympiad.SubmissionGraded;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static uz.daftar.command.Rejections.rejectedWith;
import static uz.daftar.command.olympiad.OlympiadTestEvents.DEADLINE;
import static uz.daftar.command.olympiad.OlympiadTestEvents.FEE_HOLD;
import static uz.daftar.command.olympiad.OlympiadTestEvents.FINAL_DEADLINE;
import static uz.daftar.command.olympiad.OlympiadTestEvents.OLYMPIAD;
import static uz.daftar.command.olympiad.OlympiadTestEvents.REGISTERED_AT;
import static uz.daftar.command.olympiad.OlympiadTestEvents.REGISTRATION_CLOSES;
import static uz.daftar.command.olympiad.OlympiadTestEvents.REGISTRATION_OPENS;
import static uz.daftar.command.olympiad.OlympiadTestEvents.START_CLOSES;
import static uz.daftar.command.olympiad.OlympiadTestEvents.START_OPENS;
import static uz.daftar.command.olympiad.OlympiadTestEvents.STARTED_AT;
import static uz.daftar.command.olympiad.OlympiadTestEvents.STUDENT;
import static uz.daftar.command.olympiad.OlympiadTestEvents.registered;
import static uz.daftar.command.olympiad.OlympiadTestEvents.registeredWithFee;
import static uz.daftar.command.olympiad.OlympiadTestEvents.started;
import static uz.daftar.command.olympiad.OlympiadTestEvents.terms;

class ParticipationTest {

    private FixtureConfiguration<Participation> fixture;
    private OlympiadTestEvents.Olympiads olympiads;

    @BeforeEach
    void setUp() {
        olympiads = new OlympiadTestEvents.Olympiads().with(terms(Status.PUBLISHED, 0));
        fixture = new AggregateTestFixture<>(Participation.class);
        fixture.registerInjectableResource(olympiads);
        fixture.registerInjectableResource(new OlympiadTestEvents.Entitled().student(STUDENT));
    }

    private static RegisterParticipantCommand register(Instant at) {
        return new RegisterParticipantCommand(OLYMPIAD, STUDENT, null, at);
    }

    private static OlympiadAnswerRecorded answered(String questionId, String answer, Instant at) {
        return new OlympiadAnswerRecorded(OLYMPIAD, STUDENT, questionId, answer, at);
    }

    @Nested
    class Register {

        @Test
        void aStudentWithAnActiveEntitlementRegistersWithinTheWindow() {
            fixture.givenNoPriorActivity()
                   .when(register(REGISTERED_AT))
                   .expectEvents(registered());
        }

        @Test
        void registrationIsRefusedBeforeTheWindowOpensAndFromTheMomentItCloses() {
            fixture.givenNoPriorActivity()
                   .when(register(REGISTRATION_OPENS.minusSeconds(1)))
                   .expectException(rejectedWith(409, "registration-closed"));
            fixture.givenNoPriorActivity()
                   .when(register(REGISTRATION_CLOSES))
                   .expectException(rejectedWith(409, "registration-closed"));
        }

        @Test
        void aStudentWithoutAnActiveEntitlementCannotRegister() {
            fixture.givenNoPriorActivity()
                   .when(new RegisterParticipantCommand(OLYMPIAD, "stu-unpaid", null, REGISTERED_AT))
                   .expectException(rejectedWith(422, "no-olympiad-entitlement"))
                   .expectNoEvents();
        }

        @Test
        void anUnpublishedOlympiadIsNotOpen() {
            olympiads.with(terms(Status.DRAFT, 0));

            fixture.givenNoPriorActivity()
                   .when(register(REGISTERED_AT))
                   .expectException(rejectedWith(409, "olympiad-not-published"));
        }

        @Test
        void aCancelledOlympiadIsNotOpen() {
            olympiads.with(terms(Status.CANCELLED, 0));

            fixture.givenNoPriorActivity()
                   .when(register(REGISTERED_AT))
                   .expectException(rejectedWith(409, "olympiad-cancelled"));
        }

        @Test
        void anUnknownOlympiadIsNotFound() {
            fixture.givenNoPriorActivity()
                   .when(new RegisterParticipantCommand("olymp-none", STUDENT, null, REGISTERED_AT))
                   .expectException(rejectedWith(404, "unknown-olympiad"));
        }

        @Test
        void anEntryFeeIsRegisteredWithTheHoldThatPaysIt() {
            olympiads.with(terms(Status.PUBLISHED, 5));

            fixture.givenNoPriorActivity()
                   .when(new RegisterParticipantCommand(OLYMPIAD, STUDENT, FEE_HOLD, REGISTERED_AT))
                   .expectEvents(registeredWithFee(5));
        }

        @Test
        void anEntryFeeThatWasNotHeldRefusesTheRegistration() {
            olympiads.with(terms(Status.PUBLISHED, 5));

            fixture.givenNoPriorActivity()
                   .when(register(REGISTERED_AT))
                   .expectException(rejectedWith(422, "entry-fee-not-held"));
        }

        @Test
        void registeringAgainChangesNothing() {
            fixture.given(registered())
                   .when(register(REGISTERED_AT.plusSeconds(60)))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }
    }

    @Nested
    class Start {

        @Test
        void aStartGetsAPersonalDeadlineOfStartPlusDuration() {
            fixture.given(registered())
                   .when(new StartParticipationCommand(OLYMPIAD, STUDENT, STARTED_AT))
                   .expectEvents(started());
        }

        @Test
        void aPersonalDeadlineNeverPassesTheFinalDeadline() {
            Instant late = START_CLOSES.minusSeconds(60);

            fixture.given(registered())
                   .when(new StartParticipationCommand(OLYMPIAD, STUDENT, late))
                   .expectEvents(new ParticipationStarted(OLYMPIAD, STUDENT, null, late, FINAL_DEADLINE));
        }

        @Test
        void aStartOutsideTheStartWindowIsRefused() {
            fixture.given(registered())
                   .when(new StartParticipationCommand(OLYMPIAD, STUDENT, START_OPENS.minusSeconds(1)))
                   .expectException(rejectedWith(409, "start-window-closed"));
            fixture.given(registered())
                   .when(new StartParticipationCommand(OLYMPIAD, STUDENT, START_CLOSES))
                   .expectException(rejectedWith(409, "start-window-closed"));
        }

        @Test
        void aParticipantCannotStartTwice() {
            fixture.given(registered(), started())
                   .when(new StartParticipationCommand(OLYMPIAD, STUDENT, STARTED_AT.plusSeconds(5)))
                   .expectException(rejectedWith(409, "already-started"))
                   .expectNoEvents();
        }

        @Test
        void theStartNamesTheFeeHoldSoThatItIsCaptured() {
            olympiads.with(terms(Status.PUBLISHED, 5));

            fixture.given(registeredWithFee(5))
                   .when(new StartParticipationCommand(OLYMPIAD, STUDENT, STARTED_AT))
                   .expectEvents(new ParticipationStarted(OLYMPIAD, STUDENT, FEE_HOLD, STARTED_AT, DEADLINE));
        }
    }

    @Nested
    class Answer {

        private final Instant answeredAt = STARTED_AT.plus(Duration.ofMinutes(3));

        @Test
        void anAnswerBeforeTheDeadlineIsRecorded() {
            fixture.given(registered(), started())
                   .when(new RecordOlympiadAnswerCommand(OLYMPIAD, STUDENT, "q1", "42", answeredAt))
                   .expectEvents(answered("q1", "42", answeredAt));
        }

        @Test
        void anAnswerCanBeChangedAndTheSameAnswerAgainChangesNothing() {
            fixture.given(registered(), started(), answered("q1", "41", answeredAt))
                   .when(new RecordOlympiadAnswerCommand(OLYMPIAD, STUDENT, "q1", "42", answeredAt.plusSeconds(9)))
                   .expectEvents(answered("q1", "42", answeredAt.plusSeconds(9)));
            fixture.given(registered(), started(), answered("q1", "42", answeredAt))
                   .when(new RecordOlympiadAnswerCommand(OLYMPIAD, STUDENT, "q1", "42", answeredAt.plusSeconds(9)))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void fromTheDeadlineOnAnAnswerIsRejected() {
            fixture.given(registered(), started())
                   .when(new RecordOlympiadAnswerCommand(OLYMPIAD, STUDENT, "q1", "42", DEADLINE))
                   .expectException(rejectedWith(409, "deadline-passed"))
                   .expectNoEvents();
        }

        @Test
        void anAnswerBeforeTheStartIsRejected() {
            fixture.given(registered())
                   .when(new RecordOlympiadAnswerCommand(OLYMPIAD, STUDENT, "q1", "42", answeredAt))
                   .expectException(rejectedWith(409, "not-started"));
        }

        @Test
        void aQuestionTheOlympiadDoesNotHaveIsNotFound() {
            fixture.given(registered(), started())
                   .when(new RecordOlympiadAnswerCommand(OLYMPIAD, STUDENT, "q9", "42", answeredAt))
                   .expectException(rejectedWith(404, "unknown-question"));
        }

        @Test
        void anAnswerAfterTheSubmissionIsRejected() {
            fixture.given(registered(), started(), submitted(Map.of(), false, answeredAt))
                   .when(new RecordOlympiadAnswerCommand(OLYMPIAD, STUDENT, "q1", "42", answeredAt.plusSeconds(1)))
                   .expectException(rejectedWith(409, "already-submitted"));
        }
    }

    @Nested
    class Submit {

        private final Instant submittedAt = STARTED_AT.plus(Duration.ofMinutes(20));

        @Test
        void aSubmissionIsGradedAtOnce() {
            fixture.given(registered(), started(), answered("q1", "42", STARTED_AT.plusSeconds(60)),
                           answered("q2", "C", STARTED_AT.plusSeconds(90)))
                   .when(new SubmitOlympiadCommand(OLYMPIAD, STUDENT, Map.of(), submittedAt))
                   .expectEvents(submitted(Map.of("q1", "42", "q2", "C"), false, submittedAt),
                           new SubmissionGraded(OLYMPIAD, STUDENT, 3, 8, List.of("q1"), Grading.V1, submittedAt));
        }

        @Test
        void lastAnswersSentWithTheSubmissionAreRecordedFirst() {
            fixture.given(registered(), started(), answered("q1", "42", STARTED_AT.plusSeconds(60)))
                   .when(new SubmitOlympiadCommand(OLYMPIAD, STUDENT, Map.of("q2", " b "), submittedAt))
                   .expectEvents(answered("q2", " b ", submittedAt),
                           submitted(Map.of("q1", "42", "q2", " b "), false, submittedAt),
                           new SubmissionGraded(OLYMPIAD, STUDENT, 8, 8, List.of("q1", "q2"), Grading.V1,
                                   submittedAt));
        }

        @Test
        void aParticipantCannotSubmitTwice() {
            fixture.given(registered(), started(), submitted(Map.of(), false, submittedAt))
                   .when(new SubmitOlympiadCommand(OLYMPIAD, STUDENT, Map.of(), submittedAt.plusSeconds(1)))
                   .expectException(rejectedWith(409, "already-submitted"))
                   .expectNoEvents();
        }

        @Test
        void aSubmissionThatArrivesAfterTheStandingsFrozeIsRejected() {
            olympiads.with(terms(Status.FROZEN, 0));

            fixture.given(registered(), started())
                   .when(new SubmitOlympiadCommand(OLYMPIAD, STUDENT, Map.of(), submittedAt))
                   .expectException(rejectedWith(409, "standings-frozen"))
                   .expectNoEvents();
        }

        @Test
        void aSubmissionFromTheDeadlineOnIsRejected() {
            fixture.given(registered(), started())
                   .when(new SubmitOlympiadCommand(OLYMPIAD, STUDENT, Map.of(), DEADLINE.plusSeconds(1)))
                   .expectException(rejectedWith(409, "deadline-passed"))
                   .expectNoEvents();
        }
    }

    @Nested
    class SubmitAtDeadline {

        @Test
        void beforeTheDeadlineNothingHappens() {
            fixture.given(registered(), started())
                   .when(new SubmitAtDeadlineCommand(OLYMPIAD, STUDENT, DEADLINE.minusMillis(1)))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void onceTheDeadlineHasPassedTheAnswersAreSubmittedAsOfTheDeadline() {
            fixture.given(registered(), started(), answered("q2", "B", STARTED_AT.plusSeconds(60)))
                   .when(new SubmitAtDeadlineCommand(OLYMPIAD, STUDENT, DEADLINE.plusSeconds(7)))
                   .expectEvents(submitted(Map.of("q2", "B"), true, DEADLINE),
                           new SubmissionGraded(OLYMPIAD, STUDENT, 5, 8, List.of("q2"), Grading.V1, DEADLINE));
        }

        @Test
        void aSubmittedParticipationIsNotSubmittedAgain() {
            fixture.given(registered(), started(), submitted(Map.of(), false, STARTED_AT.plusSeconds(60)))
                   .when(new SubmitAtDeadlineCommand(OLYMPIAD, STUDENT, DEADLINE.plusSeconds(7)))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void aRegistrationThatNeverStartedHasNothingToSubmit() {
            fixture.given(registered())
                   .when(new SubmitAtDeadlineCommand(OLYMPIAD, STUDENT, FINAL_DEADLINE.plusSeconds(7)))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }
    }

    @Nested
    class Cancel {

        private final Instant cancelledAt = REGISTRATION_CLOSES.minusSeconds(3600);

        @Test
        void aCancelledRegistrationNamesItsFeeHoldForRelease() {
            fixture.given(registeredWithFee(5))
                   .when(new CancelParticipationCommand(OLYMPIAD, STUDENT, "network down", cancelledAt))
                   .expectEvents(new ParticipationCancelled(OLYMPIAD, STUDENT, FEE_HOLD, "network down",
                           cancelledAt));
        }

        @Test
        void aCancelledRegistrationCannotStartAndIsNotCancelledAgain() {
            ParticipationCancelled cancelled = new ParticipationCancelled(OLYMPIAD, STUDENT, null, "network down",
                    cancelledAt);
            fixture.given(registered(), cancelled)
                   .when(new StartParticipationCommand(OLYMPIAD, STUDENT, STARTED_AT))
                   .expectException(rejectedWith(409, "olympiad-cancelled"));
            fixture.given(registered(), cancelled)
                   .when(new CancelParticipationCommand(OLYMPIAD, STUDENT, "network down", cancelledAt))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }
    }

    private static OlympiadSubmitted submitted(Map<String, String> answers, boolean forced, Instant at) {
        return new OlympiadSubmitted(OLYMPIAD, STUDENT, answers, forced, at);
    }
}
