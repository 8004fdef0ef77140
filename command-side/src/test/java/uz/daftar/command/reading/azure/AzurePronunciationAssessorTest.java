package uz.daftar.command.reading.azure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.cognitiveservices.speech.CancellationErrorCode;
import com.microsoft.cognitiveservices.speech.PronunciationAssessmentConfig;
import com.microsoft.cognitiveservices.speech.PropertyId;
import com.microsoft.cognitiveservices.speech.SpeechConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.daftar.command.outside.OutsideFailure;
import uz.daftar.command.reading.AudioStore;
import uz.daftar.command.reading.TestWav;
import uz.daftar.events.reading.AssessmentSettings;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The adapter's configuration of the real Speech SDK: these tests load the SDK's native library (offline) and read
 * back what the SDK made of Daftar's settings.
 */
class AzurePronunciationAssessorTest {

    @BeforeAll
    static void hostHasWhatTheNativeLibraryNeeds() {
        SpeechSdkHost.ensureReady();
    }

    private static final AzureSpeechSettings SETTINGS = new AzureSpeechSettings("test-key", "westeurope", null,
            Duration.ofSeconds(20), "Phoneme", true, true);

    @Test
    void theSpeechConfigCarriesKeyRegionAndLocale() {
        try (SpeechConfig speech = AzurePronunciationAssessor.speechConfig(SETTINGS, "uz-UZ")) {
            assertThat(speech.getProperty(PropertyId.SpeechServiceConnection_Key)).isEqualTo("test-key");
            assertThat(speech.getProperty(PropertyId.SpeechServiceConnection_Region)).isEqualTo("westeurope");
            assertThat(speech.getSpeechRecognitionLanguage()).isEqualTo("uz-UZ");
        }
    }

    @Test
    void anEndpointReplacesTheRegion() {
        AzureSpeechSettings endpoint = new AzureSpeechSettings("test-key", null, "wss://speech.example.test/stt",
                null, null, null, null);
        try (SpeechConfig speech = AzurePronunciationAssessor.speechConfig(endpoint, "ru-RU")) {
            assertThat(speech.getProperty(PropertyId.SpeechServiceConnection_Endpoint))
                    .isEqualTo("wss://speech.example.test/stt");
            assertThat(speech.getSpeechRecognitionLanguage()).isEqualTo("ru-RU");
        }
    }

    @Test
    void thePronunciationConfigAsksForHundredMarkGranularityMiscueAndProsody() throws Exception {
        try (PronunciationAssessmentConfig config = AzurePronunciationAssessor.assessmentConfig(SETTINGS,
                "Bahor keldi.")) {
            JsonNode json = new ObjectMapper().readTree(config.toJson());

            assertThat(json.path("referenceText").asText()).isEqualTo("Bahor keldi.");
            assertThat(json.path("gradingSystem").asText()).isEqualTo("HundredMark");
            assertThat(json.path("granularity").asText()).isEqualTo("Phoneme");
            assertThat(json.path("enableMiscue").asBoolean()).isTrue();
            assertThat(json.path("enableProsodyAssessment").asBoolean()).isTrue();
        }
    }

    @Test
    void wordGranularityWithoutProsodyOrMiscueIsWhatItSays() throws Exception {
        AzureSpeechSettings plain = new AzureSpeechSettings("k", "r", null, null, "Word", false, false);
        try (PronunciationAssessmentConfig config = AzurePronunciationAssessor.assessmentConfig(plain, "Hello.")) {
            JsonNode json = new ObjectMapper().readTree(config.toJson());

            assertThat(json.path("granularity").asText()).isEqualTo("Word");
            assertThat(json.path("enableMiscue").asBoolean()).isFalse();
            assertThat(json.has("enableProsodyAssessment") && json.path("enableProsodyAssessment").asBoolean())
                    .isFalse();
        }
    }

    @Test
    void theRecordedSettingsMatchWhatTheSdkWasGiven() {
        AssessmentSettings recorded = new AzurePronunciationAssessor(SETTINGS).recorded("uz-UZ", "Bahor keldi.");

        assertThat(recorded).isEqualTo(new AssessmentSettings("HundredMark", "Phoneme", true, true, "uz-UZ",
                AudioStore.sha256("Bahor keldi.".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void theSdkVersionComesFromTheBuild() {
        assertThat(new AzurePronunciationAssessor(SETTINGS).recordedSdkVersion()).matches("\\d+\\.\\d+\\.\\d+");
    }

    @Test
    void cancellationsMapToOutsideFailureKinds() {
        assertThat(AzurePronunciationAssessor.kindOf(CancellationErrorCode.ServiceTimeout))
                .isEqualTo(OutsideFailure.Kind.TIMEOUT);
        assertThat(AzurePronunciationAssessor.kindOf(CancellationErrorCode.TooManyRequests))
                .isEqualTo(OutsideFailure.Kind.RATE_LIMITED);
        assertThat(AzurePronunciationAssessor.kindOf(CancellationErrorCode.AuthenticationFailure))
                .isEqualTo(OutsideFailure.Kind.REFUSED);
        assertThat(AzurePronunciationAssessor.kindOf(CancellationErrorCode.Forbidden))
                .isEqualTo(OutsideFailure.Kind.REFUSED);
        assertThat(AzurePronunciationAssessor.kindOf(CancellationErrorCode.ConnectionFailure))
                .isEqualTo(OutsideFailure.Kind.CONNECTION);
        assertThat(AzurePronunciationAssessor.kindOf(CancellationErrorCode.ServiceUnavailable))
                .isEqualTo(OutsideFailure.Kind.SERVER_ERROR);
        assertThat(AzurePronunciationAssessor.kindOf(CancellationErrorCode.ServiceError))
                .isEqualTo(OutsideFailure.Kind.SERVER_ERROR);
    }

    @Test
    void withoutKeyAndRegionTheServiceIsNotConfiguredAndNothingIsCalled() {
        AzurePronunciationAssessor unconfigured = new AzurePronunciationAssessor(
                new AzureSpeechSettings(null, null, null, null, null, null, null));

        assertThat(unconfigured.configured()).isFalse();
        assertThatThrownBy(() -> unconfigured.assess(Path.of("missing.wav"), "Hello.", "en-US"))
                .isInstanceOfSatisfying(OutsideFailure.class,
                        failure -> assertThat(failure.kind()).isEqualTo(OutsideFailure.Kind.NOT_CONFIGURED));
    }

    @Test
    void anUnreachableServiceIsAConnectionFailureThroughTheRealSdk(@TempDir Path directory) throws Exception {
        Path wav = Files.write(directory.resolve("reading.wav"), TestWav.reading());
        AzurePronunciationAssessor unreachable = new AzurePronunciationAssessor(new AzureSpeechSettings("test-key",
                null, "ws://127.0.0.1:9/speech/recognition/conversation/cognitiveservices/v1", Duration.ofSeconds(30),
                "Phoneme", true, true));

        assertThatThrownBy(() -> unreachable.assess(wav, "Hello.", "en-US"))
                .isInstanceOfSatisfying(OutsideFailure.class, failure -> assertThat(failure.kind())
                        .isIn(OutsideFailure.Kind.CONNECTION, OutsideFailure.Kind.SERVER_ERROR));
    }
}
