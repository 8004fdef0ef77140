package uz.daftar.command.learner;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import uz.daftar.command.CommandRejected;
import uz.daftar.events.learner.LeaderboardVisibilityChanged;
import uz.daftar.events.learner.SpeechConsentGiven;
import uz.daftar.events.learner.SpeechConsentWithdrawn;

import static org.hamcrest.Matchers.containsString;
import static uz.daftar.command.TestEvents.GUARDIAN;
import static uz.daftar.command.TestEvents.RECORDED_AT;
import static uz.daftar.command.TestEvents.STUDENT;
import static uz.daftar.command.TestEvents.guardianLinked;
import static uz.daftar.command.TestEvents.linkGuardian;
import static uz.daftar.command.TestEvents.registerStudent;
import static uz.daftar.command.TestEvents.studentRegistered;

class StudentTest {

    private FixtureConfiguration<Student> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Student.class);
    }

    @Nested
    class RegisterStudent {

        @Test
        void registeringAStudentRecordsTheSealedProfile() {
            fixture.givenNoPriorActivity()
                   .when(registerStudent())
                   .expectSuccessfulHandlerExecution()
                   .expectEvents(studentRegistered());
        }
    }

    @Nested
    class LinkGuardian {

        @Test
        void linkingAGuardianRecordsTheLink() {
            fixture.given(studentRegistered())
                   .when(linkGuardian(GUARDIAN))
                   .expectEvents(guardianLinked(GUARDIAN));
        }

        @Test
        void aGuardianIsLinkedAtMostOnce() {
            fixture.given(studentRegistered(), guardianLinked(GUARDIAN))
                   .when(linkGuardian(GUARDIAN))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void aStudentMayHaveMoreThanOneGuardian() {
            fixture.given(studentRegistered(), guardianLinked(GUARDIAN))
                   .when(linkGuardian("grd-2"))
                   .expectEvents(guardianLinked("grd-2"));
        }

        @Test
        void aGuardianCannotBeLinkedToAnUnregisteredStudent() {
            fixture.givenNoPriorActivity()
                   .when(linkGuardian(GUARDIAN))
                   .expectException(AggregateNotFoundException.class)
                   .expectNoEvents();
        }
    }

    @Nested
    class LeaderboardVisibility {

        @Test
        void aLinkedGuardianUnlistsTheStudent() {
            fixture.given(studentRegistered(), guardianLinked(GUARDIAN))
                   .when(new ChangeLeaderboardVisibilityCommand(STUDENT, false, GUARDIAN, false, RECORDED_AT))
                   .expectEvents(new LeaderboardVisibilityChanged(STUDENT, false, GUARDIAN, RECORDED_AT));
        }

        @Test
        void aStudentIsListedUntilDecidedOtherwiseSoListingAgainEmitsNothing() {
            fixture.given(studentRegistered(), guardianLinked(GUARDIAN))
                   .when(new ChangeLeaderboardVisibilityCommand(STUDENT, true, GUARDIAN, false, RECORDED_AT))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void anUnlistedStudentCanBeListedAgain() {
            fixture.given(studentRegistered(), guardianLinked(GUARDIAN),
                           new LeaderboardVisibilityChanged(STUDENT, false, GUARDIAN, RECORDED_AT))
                   .when(new ChangeLeaderboardVisibilityCommand(STUDENT, true, "admin-1", true, RECORDED_AT))
                   .expectEvents(new LeaderboardVisibilityChanged(STUDENT, true, "admin-1", RECORDED_AT));
        }

        @Test
        void aParentWhoIsNotLinkedIsRefused() {
            fixture.given(studentRegistered(), guardianLinked(GUARDIAN))
                   .when(new ChangeLeaderboardVisibilityCommand(STUDENT, false, "grd-stranger", false, RECORDED_AT))
                   .expectException(CommandRejected.class)
                   .expectExceptionMessage(containsString("Only a linked guardian"))
                   .expectNoEvents();
        }
    }

    @Nested
    class ConfirmGuardian {

        @Test
        void aLinkedGuardianIsConfirmedAndNothingIsAppended() {
            fixture.given(studentRegistered(), guardianLinked(GUARDIAN))
                   .when(new ConfirmGuardianCommand(STUDENT, GUARDIAN))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void aParentOfAnotherFamilyIsRefused() {
            fixture.given(studentRegistered(), guardianLinked(GUARDIAN))
                   .when(new ConfirmGuardianCommand(STUDENT, "grd-stranger"))
                   .expectException(uz.daftar.command.Rejections.rejectedWith(403, "not-a-guardian"))
                   .expectNoEvents();
        }
    }

    @Nested
    class SpeechConsent {

        private final SpeechConsentGiven given = new SpeechConsentGiven(STUDENT, GUARDIAN, RECORDED_AT);

        @Test
        void aLinkedGuardianGivesConsent() {
            fixture.given(studentRegistered(), guardianLinked(GUARDIAN))
                   .when(new DecideSpeechConsentCommand(STUDENT, true, GUARDIAN, false, RECORDED_AT))
                   .expectEvents(given);
        }

        @Test
        void aParentOfAnotherFamilyCannotGiveConsent() {
            fixture.given(studentRegistered(), guardianLinked(GUARDIAN))
                   .when(new DecideSpeechConsentCommand(STUDENT, true, "grd-stranger", false, RECORDED_AT))
                   .expectException(uz.daftar.command.Rejections.rejectedWith(403, "not-a-guardian"))
                   .expectNoEvents();
        }

        @Test
        void anAdminRecordsConsentWithoutBeingAGuardian() {
            fixture.given(studentRegistered())
                   .when(new DecideSpeechConsentCommand(STUDENT, true, "admin-1", true, RECORDED_AT))
                   .expectEvents(new SpeechConsentGiven(STUDENT, "admin-1", RECORDED_AT));
        }

        @Test
        void givingConsentTwiceChangesNothing() {
            fixture.given(studentRegistered(), guardianLinked(GUARDIAN), given)
                   .when(new DecideSpeechConsentCommand(STUDENT, true, GUARDIAN, false, RECORDED_AT))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void aGuardianWithdrawsConsent() {
            fixture.given(studentRegistered(), guardianLinked(GUARDIAN), given)
                   .when(new DecideSpeechConsentCommand(STUDENT, false, GUARDIAN, false, RECORDED_AT))
                   .expectEvents(new SpeechConsentWithdrawn(STUDENT, GUARDIAN, RECORDED_AT));
        }

        @Test
        void withoutConsentNoAudioIsTaken() {
            fixture.given(studentRegistered(), guardianLinked(GUARDIAN))
                   .when(new ConfirmSpeechConsentCommand(STUDENT))
                   .expectException(uz.daftar.command.Rejections.rejectedWith(403, "speech-consent-not-recorded"))
                   .expectNoEvents();
        }

        @Test
        void afterWithdrawalNoAudioIsTaken() {
            fixture.given(studentRegistered(), guardianLinked(GUARDIAN), given,
                          new SpeechConsentWithdrawn(STUDENT, GUARDIAN, RECORDED_AT))
                   .when(new ConfirmSpeechConsentCommand(STUDENT))
                   .expectException(uz.daftar.command.Rejections.rejectedWith(403, "speech-consent-not-recorded"));
        }

        @Test
        void withConsentTheAudioMayBeTakenAndNothingIsAppended() {
            fixture.given(studentRegistered(), guardianLinked(GUARDIAN), given)
                   .when(new ConfirmSpeechConsentCommand(STUDENT))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }
    }
}
