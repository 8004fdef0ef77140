package uz.daftar.command.reading.azure;

import com.microsoft.cognitiveservices.speech.CancellationDetails;
import com.microsoft.cognitiveservices.speech.CancellationErrorCode;
import com.microsoft.cognitiveservices.speech.PronunciationAssessmentConfig;
import com.microsoft.cognitiveservices.speech.PronunciationAssessmentGradingSystem;
import com.microsoft.cognitiveservices.speech.PronunciationAssessmentGranularity;
import com.microsoft.cognitiveservices.speech.PropertyId;
import com.microsoft.cognitiveservices.speech.ResultReason;
import com.microsoft.cognitiveservices.speech.SpeechConfig;
import com.microsoft.cognitiveservices.speech.SpeechRecognitionResult;
import com.microsoft.cognitiveservices.speech.SpeechRecognizer;
import com.microsoft.cognitiveservices.speech.audio.AudioConfig;
import org.springframework.stereotype.Component;
import uz.daftar.command.outside.OutsideFailure;
import uz.daftar.command.outside.OutsideFeature;
import uz.daftar.command.outside.OutsideProvider;
import uz.daftar.command.reading.AudioStore;
import uz.daftar.command.reading.PronunciationAssessor;
import uz.daftar.command.reading.ServiceAssessment;
import uz.daftar.events.reading.AssessmentSettings;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Azure Speech pronunciation assessment through the Speech SDK: one {@code recognizeOnceAsync} per reading from its
 * WAV file, with the reference text, HundredMark grading, the configured granularity, miscue and prosody, bounded
 * by the configured timeout. The SDK's result JSON is read by {@link AzureResultJson}; cancellations become
 * {@link OutsideFailure}s of the matching kind. The SDK version recorded with every result is the one the build
 * put into {@code reading/azure-speech.properties}.
 */
@Component
public class AzurePronunciationAssessor implements PronunciationAssessor, OutsideProvider {

    static final String GRADING = PronunciationAssessmentGradingSystem.HundredMark.name();

    private final AzureSpeechSettings settings;
    private final String sdkVersion;

    AzurePronunciationAssessor(AzureSpeechSettings settings) {
        this.settings = settings;
        this.sdkVersion = sdkVersion();
    }

    @Override
    public String name() {
        return "azure-speech";
    }

    @Override
    public Set<OutsideFeature> features() {
        return Set.of(OutsideFeature.READING_ASSESSMENT);
    }

    @Override
    public boolean configured() {
        return settings.configured();
    }

    @Override
    public ServiceAssessment assess(Path wav, String referenceText, String locale) {
        if (!configured()) {
            throw new OutsideFailure(OutsideFailure.Kind.NOT_CONFIGURED, "Azure Speech has no key and region.", null);
        }
        try (SpeechConfig speech = speechConfig(settings, locale);
             PronunciationAssessmentConfig assessment = assessmentConfig(settings, referenceText);
             AudioConfig audio = AudioConfig.fromWavFileInput(wav.toString());
             SpeechRecognizer recognizer = new SpeechRecognizer(speech, audio)) {
            assessment.applyTo(recognizer);
            try (SpeechRecognitionResult result = recognizer.recognizeOnceAsync()
                    .get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                if (result.getReason() == ResultReason.Canceled) {
                    CancellationDetails cancellation = CancellationDetails.fromResult(result);
                    throw new OutsideFailure(kindOf(cancellation.getErrorCode()), "Azure Speech cancelled the "
                            + "recognition: " + cancellation.getErrorCode() + " " + cancellation.getErrorDetails(),
                            null);
                }
                return AzureResultJson.read(result.getProperties().getProperty(
                        PropertyId.SpeechServiceResponse_JsonResult), sdkVersion, recorded(locale, referenceText));
            }
        } catch (TimeoutException e) {
            throw new OutsideFailure(OutsideFailure.Kind.TIMEOUT, "Azure Speech did not answer within "
                    + settings.timeout() + ".", e);
        } catch (ExecutionException e) {
            throw new OutsideFailure(OutsideFailure.Kind.CONNECTION, "The Speech SDK failed: "
                    + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutsideFailure(OutsideFailure.Kind.TIMEOUT, "Interrupted while waiting for Azure Speech.", e);
        } catch (IllegalArgumentException e) {
            throw new OutsideFailure(OutsideFailure.Kind.MALFORMED_OUTPUT, e.getMessage(), e);
        }
    }

    /** The speech configuration: key with region or endpoint, the recognition locale, the timeouts. */
    static SpeechConfig speechConfig(AzureSpeechSettings settings, String locale) {
        SpeechConfig speech = settings.endpoint() != null && !settings.endpoint().isBlank()
                ? SpeechConfig.fromEndpoint(URI.create(settings.endpoint()), settings.key())
                : SpeechConfig.fromSubscription(settings.key(), settings.region());
        speech.setSpeechRecognitionLanguage(locale);
        return speech;
    }

    /** The pronunciation assessment configuration for one reference text. */
    static PronunciationAssessmentConfig assessmentConfig(AzureSpeechSettings settings, String referenceText) {
        PronunciationAssessmentConfig config = new PronunciationAssessmentConfig(referenceText,
                PronunciationAssessmentGradingSystem.HundredMark,
                PronunciationAssessmentGranularity.valueOf(settings.granularity()), settings.miscue());
        if (settings.prosody()) {
            config.enableProsodyAssessment();
        }
        return config;
    }

    /** What a cancellation means for the outside-call guard: retry (timeouts, throttling, outages) or not. */
    static OutsideFailure.Kind kindOf(CancellationErrorCode code) {
        return switch (code) {
            case ServiceTimeout -> OutsideFailure.Kind.TIMEOUT;
            case TooManyRequests -> OutsideFailure.Kind.RATE_LIMITED;
            case AuthenticationFailure, Forbidden, BadRequest -> OutsideFailure.Kind.REFUSED;
            case ConnectionFailure -> OutsideFailure.Kind.CONNECTION;
            default -> OutsideFailure.Kind.SERVER_ERROR;
        };
    }

    AssessmentSettings recorded(String locale, String referenceText) {
        return new AssessmentSettings(GRADING, settings.granularity(), settings.miscue(), settings.prosody(), locale,
                AudioStore.sha256(referenceText.getBytes(StandardCharsets.UTF_8)));
    }

    String recordedSdkVersion() {
        return sdkVersion;
    }

    private static String sdkVersion() {
        try (InputStream in = AzurePronunciationAssessor.class.getResourceAsStream("/reading/azure-speech.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("sdk-version");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("reading/azure-speech.properties is missing from the build", e);
        }
    }
}
