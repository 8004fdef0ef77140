package uz.daftar.command.reading.azure;

import org.junit.jupiter.api.Test;
import uz.daftar.command.reading.ReadingScores;
import uz.daftar.command.reading.ServiceAssessment;
import uz.daftar.events.reading.AssessmentSettings;
import uz.daftar.events.reading.ReadingWord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The mapping of the Speech SDK's own result JSON, from recorded results in {@code src/test/resources/azure}. */
class AzureResultJsonTest {

    private static final AssessmentSettings SETTINGS = new AssessmentSettings("HundredMark", "Phoneme", true, true,
            "en-US", "ab".repeat(32));

    @Test
    void aResultWithProsodyKeepsEveryScoreAndTheProsodyErrorsOfWords() {
        ReadingScores scores = scored("success-with-prosody.json");

        assertThat(scores).isEqualTo(new ReadingScores(92.0, 88.0, 100.0, 81.4, 89.6, java.util.List.of(
                new ReadingWord("hello", 98.0, "None"),
                new ReadingWord("my", 90.0, "UnexpectedBreak"),
                new ReadingWord("friend", 88.0, "Monotone"))));
    }

    @Test
    void aResultWithoutProsodyHasNoProsodyScore() {
        ReadingScores scores = scored("success-without-prosody.json");

        assertThat(scores.prosody()).isNull();
        assertThat(scores.pronunciation()).isEqualTo(88.2);
        assertThat(scores.words()).containsExactly(new ReadingWord("bahor", 86.0, "None"),
                new ReadingWord("keldi", 82.0, "None"));
    }

    @Test
    void omissionsInsertionsAndMispronunciationsAreKeptPerWordAndAnOmittedWordHasNoAccuracy() {
        ReadingScores scores = scored("miscues.json");

        assertThat(scores.completeness()).isEqualTo(83.0);
        assertThat(scores.words()).extracting(ReadingWord::errorType).containsExactly("None", "Insertion",
                "Mispronunciation", "None", "None", "Omission", "None");
        assertThat(scores.words().get(2)).isEqualTo(new ReadingWord("cat", 41.0, "Mispronunciation"));
        assertThat(scores.words().get(5)).isEqualTo(new ReadingWord("the", null, "Omission"));
    }

    @Test
    void theSdkVersionAndSettingsTravelWithTheScores() {
        ServiceAssessment.Scored scored = (ServiceAssessment.Scored) AzureResultJson.read(
                recorded("success-without-prosody.json"), "1.50.0", SETTINGS);

        assertThat(scored.sdkVersion()).isEqualTo("1.50.0");
        assertThat(scored.settings()).isEqualTo(SETTINGS);
    }

    @Test
    void noMatchIsNotRecognisedSpeechNotAFailureOfTheService() {
        ServiceAssessment result = AzureResultJson.read(recorded("no-match.json"), "1.50.0", SETTINGS);

        assertThat(result).isEqualTo(new ServiceAssessment.NotRecognised("NoMatch",
                "The speech service recognised no reading (NoMatch)."));
    }

    @Test
    void silenceIsNotRecognisedSpeechEither() {
        ServiceAssessment result = AzureResultJson.read(recorded("initial-silence-timeout.json"), "1.50.0", SETTINGS);

        assertThat(result).isInstanceOf(ServiceAssessment.NotRecognised.class)
                .extracting(r -> ((ServiceAssessment.NotRecognised) r).status()).isEqualTo("InitialSilenceTimeout");
    }

    @Test
    void aSuccessWithoutPronunciationAssessmentIsMalformed() {
        assertThatThrownBy(() -> AzureResultJson.read(recorded("success-without-assessment.json"), "1.50.0",
                SETTINGS)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PronunciationAssessment");
    }

    @Test
    void somethingThatIsNotJsonIsMalformed() {
        assertThatThrownBy(() -> AzureResultJson.read("<html>502</html>", "1.50.0", SETTINGS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AzureResultJson.read("", "1.50.0", SETTINGS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AzureResultJson.read("{\"Id\":\"x\"}", "1.50.0", SETTINGS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RecognitionStatus");
    }

    private static ReadingScores scored(String file) {
        ServiceAssessment result = AzureResultJson.read(recorded(file), "1.50.0", SETTINGS);
        assertThat(result).isInstanceOf(ServiceAssessment.Scored.class);
        return ((ServiceAssessment.Scored) result).scores();
    }

    static String recorded(String file) {
        try (InputStream in = AzureResultJsonTest.class.getResourceAsStream("/azure/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
