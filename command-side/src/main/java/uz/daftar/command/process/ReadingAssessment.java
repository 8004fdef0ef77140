package uz.daftar.command.process;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uz.daftar.command.CommandRejected;
import uz.daftar.command.outside.OutsideCalls;
import uz.daftar.command.outside.OutsideFailure;
import uz.daftar.command.outside.OutsideFeature;
import uz.daftar.command.reading.AudioStore;
import uz.daftar.command.reading.PronunciationAssessor;
import uz.daftar.command.reading.ReadingLanguage;
import uz.daftar.command.reading.ReadingRegistry;
import uz.daftar.command.reading.RecordAssessmentCommand;
import uz.daftar.command.reading.RecordAssessmentFailureCommand;
import uz.daftar.command.reading.ServiceAssessment;
import uz.daftar.events.reading.ReadingAssessor;
import uz.daftar.events.reading.ReadingAttemptSubmitted;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Asks the speech service to score each reading attempt submitted for it, through the outside-call guard (budget,
 * circuit breaker, retries), and records the answer: {@code ReadingAssessed} or {@code ReadingAssessmentFailed}.
 * An attempt that is no longer waiting (a redelivery after its answer was recorded, or a teacher scored it first)
 * is left alone, without a call. Never replayed: a replay of the history makes no call, the recorded results are
 * the facts (docs/decisions/0017).
 */
@Component
@DisallowReplay
@ProcessingGroup(ReadingAssessment.PROCESSING_GROUP)
class ReadingAssessment {

    static final String PROCESSING_GROUP = "reading-assessment";
    private static final Logger log = LoggerFactory.getLogger(ReadingAssessment.class);

    private final CommandGateway commands;
    private final OutsideCalls outside;
    private final PronunciationAssessor assessor;
    private final ReadingRegistry registry;
    private final AudioStore audio;
    private final Clock clock;

    ReadingAssessment(CommandGateway commands, OutsideCalls outside, PronunciationAssessor assessor,
                      ReadingRegistry registry, AudioStore audio, Clock clock) {
        this.commands = commands;
        this.outside = outside;
        this.assessor = assessor;
        this.registry = registry;
        this.audio = audio;
        this.clock = clock;
    }

    @EventHandler
    void on(ReadingAttemptSubmitted submitted) {
        if (submitted.assessor() != ReadingAssessor.AZURE
                || !registry.status(submitted.attemptId()).map(ReadingRegistry.SUBMITTED::equals).orElse(false)) {
            return;
        }
        Optional<String> locale = ReadingLanguage.of(submitted.language()).flatMap(ReadingLanguage::azureLocale);
        Optional<Path> wav = submitted.audioRef() == null ? Optional.empty() : audio.find(submitted.audioRef());
        if (locale.isEmpty() || wav.isEmpty()) {
            fail(submitted, locale.isEmpty() ? "LANGUAGE_UNSUPPORTED" : "AUDIO_GONE", locale.isEmpty()
                    ? "The speech service cannot assess " + submitted.language() + "."
                    : "The audio of the attempt is no longer kept.");
            return;
        }
        ServiceAssessment result;
        try {
            result = outside.call(OutsideFeature.READING_ASSESSMENT,
                    () -> assessor.assess(wav.get(), submitted.text(), locale.get()));
        } catch (OutsideFailure failure) {
            fail(submitted, failure.kind().name(), failure.getMessage());
            return;
        }
        if (result instanceof ServiceAssessment.Scored scored) {
            record(submitted, scored);
        } else if (result instanceof ServiceAssessment.NotRecognised unrecognised) {
            fail(submitted, "NO_SPEECH", unrecognised.message());
        }
    }

    private void record(ReadingAttemptSubmitted submitted, ServiceAssessment.Scored scored) {
        try {
            commands.sendAndWait(new RecordAssessmentCommand(submitted.attemptId(), scored.scores(),
                    scored.sdkVersion(), scored.settings(), clock.instant()));
        } catch (CommandExecutionException rejected) {
            boolean scoredMeanwhile = rejected.<CommandRejected.Rejection>getDetails()
                    .map(rejection -> "already-assessed".equals(rejection.code())).orElse(false);
            if (!scoredMeanwhile) {
                throw rejected;
            }
            // a teacher scored the attempt while the service was working: the first score stands
            log.info("speech service's score of reading attempt {} not recorded: {}", submitted.attemptId(),
                    rejected.getMessage());
        }
    }

    private void fail(ReadingAttemptSubmitted submitted, String kind, String message) {
        commands.sendAndWait(new RecordAssessmentFailureCommand(submitted.attemptId(), kind, message,
                clock.instant()));
    }
}
