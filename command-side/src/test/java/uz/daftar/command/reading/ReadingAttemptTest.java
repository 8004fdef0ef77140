package uz.daftar.command.reading;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uz.daftar.events.reading.AssessmentSettings;
import uz.daftar.events.reading.ReadingAssessed;
import uz.daftar.events.reading.ReadingAssessmentFailed;
import uz.daftar.events.reading.ReadingAssessor;
import uz.daftar.events.reading.ReadingAttemptSubmitted;
import uz.daftar.events.reading.ReadingAudioDeleted;
import uz.daftar.events.reading.ReadingWord;

import java.time.Instant;
import java.util.List;

import static uz.daftar.command.Rejections.rejectedWith;
import static uz.daftar.command.TestEvents.STUDENT;

class ReadingAttemptTest {

    static final String ATTEMPT = "read-1";
    static final String TEACHER = "tch-1";
    static final String AUDIO = "audio:sha256:" + "a".repeat(64);
    static final Instant AT = Instant.parse("2025-09-03T10:40:00Z");
    static final ReadingScores SCORES = new ReadingScores(90, 85, 100, 80.0, 88,
            List.of(new ReadingWord("bahor", 92.0, "None")));
    static final AssessmentSettings SETTINGS = new AssessmentSettings("HundredMark", "Phoneme", true, true, "uz-UZ",
            "b".repeat(64));

    private FixtureConfiguration<ReadingAttempt> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReadingAttempt.class);
    }

    static ReadingAttemptSubmitted submitted(ReadingAssessor assessor) {
        return new ReadingAttemptSubmitted(ATTEMPT, STUDENT, "Bahor keldi.", "uz-Latn", AUDIO, assessor, STUDENT, AT);
    }

    static ReadingAssessed assessedByAzure() {
        return new ReadingAssessed(ATTEMPT, STUDENT, "uz-Latn", ReadingAssessor.AZURE, null, 90, 85, 100, 80.0, 88,
                SCORES.words(), "1.50.0", SETTINGS, AT.plusSeconds(5));
    }

    static ReadingAssessed assessedByTeacher() {
        return new ReadingAssessed(ATTEMPT, STUDENT, "uz-Latn", ReadingAssessor.TEACHER, TEACHER, 90, 85, 100, 80.0,
                88, SCORES.words(), null, null, AT.plusSeconds(60));
    }

    @Nested
    class Submit {

        @Test
        void anAttemptIsRecordedWithItsAudioReferenceNotItsAudio() {
            fixture.givenNoPriorActivity()
                   .when(new SubmitReadingAttemptCommand(ATTEMPT, STUDENT, "Bahor keldi.", ReadingLanguage.UZ_LATN,
                           AUDIO, ReadingAssessor.AZURE, STUDENT, AT))
                   .expectEvents(submitted(ReadingAssessor.AZURE));
        }

        @Test
        void anAttemptIdIsSubmittedOnce() {
            fixture.given(submitted(ReadingAssessor.AZURE))
                   .when(new SubmitReadingAttemptCommand(ATTEMPT, STUDENT, "Other.", ReadingLanguage.EN, AUDIO,
                           ReadingAssessor.AZURE, STUDENT, AT))
                   .expectException(rejectedWith(409, "reading-attempt-exists"))
                   .expectNoEvents();
        }

        @Test
        void uzbekInCyrillicGoesToATeacherNotToTheService() {
            fixture.givenNoPriorActivity()
                   .when(new SubmitReadingAttemptCommand(ATTEMPT, STUDENT, "Баҳор келди.", ReadingLanguage.UZ_CYRL,
                           AUDIO, ReadingAssessor.AZURE, STUDENT, AT))
                   .expectException(rejectedWith(422, "language-needs-a-teacher"))
                   .expectNoEvents();
        }
    }

    @Nested
    class RecordAssessment {

        @Test
        void theServicesScoresAreRecordedWithSdkVersionAndSettings() {
            fixture.given(submitted(ReadingAssessor.AZURE))
                   .when(new RecordAssessmentCommand(ATTEMPT, SCORES, "1.50.0", SETTINGS, AT.plusSeconds(5)))
                   .expectEvents(assessedByAzure());
        }

        @Test
        void aSecondAssessmentIsRefused() {
            fixture.given(submitted(ReadingAssessor.AZURE), assessedByAzure())
                   .when(new RecordAssessmentCommand(ATTEMPT, SCORES, "1.50.0", SETTINGS, AT.plusSeconds(9)))
                   .expectException(rejectedWith(409, "already-assessed"))
                   .expectNoEvents();
        }

        @Test
        void theServiceCannotOverruleATeachersScore() {
            fixture.given(submitted(ReadingAssessor.AZURE), assessedByTeacher())
                   .when(new RecordAssessmentCommand(ATTEMPT, SCORES, "1.50.0", SETTINGS, AT.plusSeconds(90)))
                   .expectException(rejectedWith(409, "already-assessed"))
                   .expectNoEvents();
        }

        @Test
        void anAttemptForATeacherTakesNoScoreFromTheService() {
            fixture.given(submitted(ReadingAssessor.TEACHER))
                   .when(new RecordAssessmentCommand(ATTEMPT, SCORES, "1.50.0", SETTINGS, AT.plusSeconds(5)))
                   .expectException(rejectedWith(409, "not-for-the-service"))
                   .expectNoEvents();
        }

        @Test
        void scoresOutsideZeroToHundredAreRefused() {
            fixture.given(submitted(ReadingAssessor.AZURE))
                   .when(new RecordAssessmentCommand(ATTEMPT, new ReadingScores(101, 85, 100, null, 88, List.of()),
                           "1.50.0", SETTINGS, AT.plusSeconds(5)))
                   .expectException(rejectedWith(422, "score-out-of-range"))
                   .expectNoEvents();
        }

        @Test
        void aFailureIsRecordedOnceAndNotAfterAScore() {
            fixture.given(submitted(ReadingAssessor.AZURE))
                   .when(new RecordAssessmentFailureCommand(ATTEMPT, "TIMEOUT", "slow", AT.plusSeconds(30)))
                   .expectEvents(new ReadingAssessmentFailed(ATTEMPT, STUDENT, "TIMEOUT", "slow", AT.plusSeconds(30)));
            fixture.given(submitted(ReadingAssessor.AZURE), assessedByAzure())
                   .when(new RecordAssessmentFailureCommand(ATTEMPT, "TIMEOUT", "slow", AT.plusSeconds(30)))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void afterAFailureTheServicesLateAnswerIsRefused() {
            fixture.given(submitted(ReadingAssessor.AZURE),
                          new ReadingAssessmentFailed(ATTEMPT, STUDENT, "TIMEOUT", "slow", AT.plusSeconds(30)))
                   .when(new RecordAssessmentCommand(ATTEMPT, SCORES, "1.50.0", SETTINGS, AT.plusSeconds(40)))
                   .expectException(rejectedWith(409, "assessment-failed"))
                   .expectNoEvents();
        }
    }

    @Nested
    class TeacherScore {

        @Test
        void aTeacherOfTheStudentScoresByHandAsTheSameEvent() {
            fixture.given(submitted(ReadingAssessor.TEACHER))
                   .when(new ScoreReadingCommand(ATTEMPT, STUDENT, SCORES, TEACHER, true, AT.plusSeconds(60)))
                   .expectEvents(assessedByTeacher());
        }

        @Test
        void aTeacherOfOtherChildrenIsRefused() {
            fixture.given(submitted(ReadingAssessor.TEACHER))
                   .when(new ScoreReadingCommand(ATTEMPT, STUDENT, SCORES, "tch-other", false, AT.plusSeconds(60)))
                   .expectException(rejectedWith(403, "not-the-students-teacher"))
                   .expectNoEvents();
        }

        @Test
        void aTeacherScoresWhenTheServiceFailed() {
            fixture.given(submitted(ReadingAssessor.AZURE),
                          new ReadingAssessmentFailed(ATTEMPT, STUDENT, "NOT_CONFIGURED", "no key", AT.plusSeconds(1)))
                   .when(new ScoreReadingCommand(ATTEMPT, STUDENT, SCORES, TEACHER, true, AT.plusSeconds(60)))
                   .expectEvents(assessedByTeacher());
        }

        @Test
        void anAssessedAttemptIsNotScoredAgain() {
            fixture.given(submitted(ReadingAssessor.AZURE), assessedByAzure())
                   .when(new ScoreReadingCommand(ATTEMPT, STUDENT, SCORES, TEACHER, true, AT.plusSeconds(60)))
                   .expectException(rejectedWith(409, "already-assessed"))
                   .expectNoEvents();
        }

        @Test
        void theAttemptMustBeOfTheNamedStudent() {
            fixture.given(submitted(ReadingAssessor.TEACHER))
                   .when(new ScoreReadingCommand(ATTEMPT, "stu-2", SCORES, TEACHER, true, AT.plusSeconds(60)))
                   .expectException(rejectedWith(409, "attempt-of-another-student"))
                   .expectNoEvents();
        }
    }

    @Nested
    class DeleteAudio {

        @Test
        void theDeletionIsRecordedWithItsReasonOnce() {
            fixture.given(submitted(ReadingAssessor.AZURE))
                   .when(new DeleteReadingAudioCommand(ATTEMPT, DeleteReadingAudioCommand.RETENTION, AT.plusSeconds(9)))
                   .expectEvents(new ReadingAudioDeleted(ATTEMPT, STUDENT, AUDIO, "RETENTION", AT.plusSeconds(9)));
            fixture.given(submitted(ReadingAssessor.AZURE),
                          new ReadingAudioDeleted(ATTEMPT, STUDENT, AUDIO, "RETENTION", AT.plusSeconds(9)))
                   .when(new DeleteReadingAudioCommand(ATTEMPT, DeleteReadingAudioCommand.CONSENT_WITHDRAWN,
                           AT.plusSeconds(19)))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }
    }
}
