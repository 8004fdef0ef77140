package uz.daftar.local;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uz.daftar.command.outside.OutsideFailure;
import uz.daftar.command.outside.OutsideFeature;
import uz.daftar.command.outside.OutsideProvider;
import uz.daftar.command.reading.PronunciationAssessor;
import uz.daftar.command.reading.ServiceAssessment;
import uz.daftar.command.reading.azure.AzureResultJson;
import uz.daftar.events.reading.AssessmentSettings;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The tests' speech service, in place of the Azure adapter (the command side of the test stack takes this
 * configuration as an extra source, under the adapter's bean name). Unconfigured until a test says otherwise, so
 * every other test sees what a run without keys sees; it answers with a result JSON in the Speech SDK's own format,
 * read by the adapter's own mapping, or fails the test on any call.
 */
@Configuration
public class FakeSpeech {

    @Bean
    Service azurePronunciationAssessor() {
        return new Service();
    }

    public static class Service implements PronunciationAssessor, OutsideProvider {

        private volatile String resultJson;
        private volatile boolean failOnCall;
        private final AtomicInteger calls = new AtomicInteger();

        /** Configured, answering every call with this result JSON of the Speech SDK. */
        public void answerWith(String json) {
            resultJson = json;
            failOnCall = false;
        }

        /** Configured, but a call is a test failure (replay must make none); it is counted and refused. */
        public void failOnAnyCall() {
            failOnCall = true;
        }

        /** Back to what a run without keys sees. */
        public void unconfigure() {
            resultJson = null;
            failOnCall = false;
        }

        public int calls() {
            return calls.get();
        }

        @Override
        public ServiceAssessment assess(Path wav, String referenceText, String locale) {
            calls.incrementAndGet();
            if (failOnCall) {
                throw new OutsideFailure(OutsideFailure.Kind.REFUSED, "the fake speech service was called");
            }
            if (!wav.toFile().isFile()) {
                throw new OutsideFailure(OutsideFailure.Kind.MALFORMED_OUTPUT, "no audio file at " + wav);
            }
            return AzureResultJson.read(resultJson, "fake-1.0", new AssessmentSettings("HundredMark", "Phoneme",
                    true, true, locale, Integer.toHexString(referenceText.hashCode())));
        }

        @Override
        public String name() {
            return "fake-speech";
        }

        @Override
        public Set<OutsideFeature> features() {
            return Set.of(OutsideFeature.READING_ASSESSMENT);
        }

        @Override
        public boolean configured() {
            return resultJson != null || failOnCall;
        }
    }
}
