package uz.daftar.projections.reading;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uz.daftar.events.reading.AssessmentSettings;
import uz.daftar.events.reading.ReadingAssessed;
import uz.daftar.events.reading.ReadingAssessmentFailed;
import uz.daftar.events.reading.ReadingAssessor;
import uz.daftar.events.reading.ReadingAttemptSubmitted;
import uz.daftar.events.reading.ReadingAudioDeleted;
import uz.daftar.events.reading.ReadingWord;
import uz.daftar.projections.ReadModelDatabase;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The reading attempts read model, by calling the projection's handlers directly against a real PostgreSQL. */
class ReadingAttemptProjectionIT {

    private static final Instant T = Instant.parse("2026-11-23T06:00:00Z");
    private static final String STUDENT = "stu-a";
    private static final String AUDIO = "audio:sha256:" + "c".repeat(64);

    private static ReadModelDatabase database;
    private static ReadingAttemptProjection projection;
    private static ReadingReader reader;

    @BeforeAll
    static void startPostgres() throws IOException, SQLException {
        database = ReadModelDatabase.start();
        projection = new ReadingAttemptProjection(database.jdbc());
        reader = new ReadingReader(database.jdbc());
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        database.close();
    }

    @BeforeEach
    void empty() {
        projection.reset();
    }

    private static ReadingAttemptSubmitted submitted(String attemptId, Instant at) {
        return new ReadingAttemptSubmitted(attemptId, STUDENT, "Bahor keldi.", "uz-Latn", AUDIO,
                ReadingAssessor.AZURE, STUDENT, at);
    }

    @Test
    void anAssessedAttemptShowsItsScoresWordsSourceAndSettings() {
        projection.on(submitted("read-1", T));
        projection.on(new ReadingAssessed("read-1", STUDENT, "uz-Latn", ReadingAssessor.AZURE, null, 90, 85, 100,
                null, 88.5, List.of(new ReadingWord("bahor", 92.0, "None"), new ReadingWord("keldi", null, "Omission")),
                "1.50.0", new AssessmentSettings("HundredMark", "Phoneme", true, false, "uz-UZ", "d".repeat(64)),
                T.plusSeconds(4)));

        ReadingAttemptRow row = reader.attempts(STUDENT, 10).get(0);

        assertThat(row.status()).isEqualTo("ASSESSED");
        assertThat(row.source()).isEqualTo("AZURE");
        assertThat(row.pronunciation()).isEqualTo(88.5);
        assertThat(row.prosody()).isNull();
        assertThat(row.words()).containsExactly(new ReadingAttemptRow.Word("bahor", 92.0, "None"),
                new ReadingAttemptRow.Word("keldi", null, "Omission"));
        assertThat(row.settings().locale()).isEqualTo("uz-UZ");
        assertThat(row.sdkVersion()).isEqualTo("1.50.0");
        assertThat(row.audioKept()).isTrue();
    }

    @Test
    void aFailedAttemptScoredByATeacherShowsTheTeachersScore() {
        projection.on(submitted("read-1", T));
        projection.on(new ReadingAssessmentFailed("read-1", STUDENT, "NOT_CONFIGURED", "no key", T.plusSeconds(1)));
        assertThat(reader.attempts(STUDENT, 10).get(0).status()).isEqualTo("FAILED");

        projection.on(new ReadingAssessed("read-1", STUDENT, "uz-Latn", ReadingAssessor.TEACHER, "tch-1", 70, 75, 90,
                60.0, 72, List.of(), null, null, T.plusSeconds(90)));

        ReadingAttemptRow row = reader.attempts(STUDENT, 10).get(0);
        assertThat(row.status()).isEqualTo("ASSESSED");
        assertThat(row.source()).isEqualTo("TEACHER");
        assertThat(row.assessedBy()).isEqualTo("tch-1");
        assertThat(row.failureKind()).isEqualTo("NOT_CONFIGURED");
        assertThat(row.words()).isEmpty();
        assertThat(row.settings()).isNull();
    }

    @Test
    void deletedAudioSaysWhyAndAttemptsAreNewestFirst() {
        projection.on(submitted("read-1", T));
        projection.on(submitted("read-2", T.plusSeconds(60)));
        projection.on(new ReadingAudioDeleted("read-1", STUDENT, AUDIO, "CONSENT_WITHDRAWN", T.plusSeconds(120)));

        List<ReadingAttemptRow> rows = reader.attempts(STUDENT, 10);

        assertThat(rows).extracting(ReadingAttemptRow::attemptId).containsExactly("read-2", "read-1");
        assertThat(rows.get(1).audioKept()).isFalse();
        assertThat(rows.get(1).audioDeletedReason()).isEqualTo("CONSENT_WITHDRAWN");
        assertThat(rows.get(0).audioKept()).isTrue();
    }

    @Test
    void aClassListHoldsItsStudentsAttemptsAndFiltersByStatus() {
        projection.on(submitted("read-1", T));
        projection.on(new ReadingAttemptSubmitted("read-2", "stu-b", "Hello.", "en", AUDIO, ReadingAssessor.TEACHER,
                "stu-b", T.plusSeconds(30)));
        projection.on(new ReadingAttemptSubmitted("read-3", "stu-c", "Hi.", "en", AUDIO, ReadingAssessor.TEACHER,
                "stu-c", T.plusSeconds(60)));
        projection.on(new ReadingAssessed("read-1", STUDENT, "uz-Latn", ReadingAssessor.TEACHER, "tch-1", 70, 75, 90,
                null, 72, List.of(), null, null, T.plusSeconds(90)));

        assertThat(reader.attemptsOf(List.of(STUDENT, "stu-b"), null, 10)).extracting(ReadingAttemptRow::attemptId)
                .containsExactly("read-2", "read-1");
        assertThat(reader.attemptsOf(List.of(STUDENT, "stu-b"), "SUBMITTED", 10))
                .extracting(ReadingAttemptRow::attemptId).containsExactly("read-2");
        assertThat(reader.attemptsOf(List.of(), null, 10)).isEmpty();
    }
}
