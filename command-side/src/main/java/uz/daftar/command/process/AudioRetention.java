package uz.daftar.command.process;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uz.daftar.command.reading.AudioStore;
import uz.daftar.command.reading.DeleteReadingAudioCommand;
import uz.daftar.command.reading.ReadingRegistry;
import uz.daftar.events.learner.SpeechConsentWithdrawn;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How long reading audio is kept: {@code daftar.reading.audio-retention} (P30D) after submission, and not a moment
 * after speech consent is withdrawn. Each deletion is first recorded on its attempt ({@code ReadingAudioDeleted}),
 * then the file goes once no attempt keeps it; a crash between the two leaves a file the next sweep removes. Never
 * reset; should it be, a replay deletes nothing.
 */
@Component
@DisallowReplay
@ProcessingGroup(AudioRetention.PROCESSING_GROUP)
class AudioRetention {

    static final String PROCESSING_GROUP = "audio-retention";
    private static final Logger log = LoggerFactory.getLogger(AudioRetention.class);
    private static final int SWEEP_BATCH = 200;

    private final CommandGateway commands;
    private final ReadingRegistry registry;
    private final AudioStore store;
    private final Duration retention;
    private final Clock clock;

    AudioRetention(CommandGateway commands, ReadingRegistry registry, AudioStore store,
                   @Value("${daftar.reading.audio-retention:P30D}") Duration retention, Clock clock) {
        this.commands = commands;
        this.registry = registry;
        this.store = store;
        this.retention = retention;
        this.clock = clock;
    }

    @EventHandler
    void on(SpeechConsentWithdrawn withdrawn) {
        delete(registry.audioOf(withdrawn.studentId()), DeleteReadingAudioCommand.CONSENT_WITHDRAWN,
                withdrawn.withdrawnAt());
    }

    @Scheduled(fixedDelayString = "${daftar.reading.audio-sweep:PT10M}")
    void sweep() {
        Instant now = clock.instant();
        registry.audioSubmittedBefore(now.minus(retention), SWEEP_BATCH).forEach(audio -> {
            try {
                delete(List.of(audio), DeleteReadingAudioCommand.RETENTION, now);
            } catch (RuntimeException e) {
                log.warn("audio of reading attempt {} could not be deleted yet: {}", audio.attemptId(),
                        e.getMessage());
            }
        });
    }

    /**
     * Records the deletions, then deletes each file no other attempt keeps. In an event handler the deletions are
     * not committed yet, so the attempts at hand are left out of the check by id.
     */
    private void delete(List<ReadingRegistry.Audio> audio, String reason, Instant at) {
        audio.forEach(one -> commands.sendAndWait(new DeleteReadingAudioCommand(one.attemptId(), reason, at)));
        Set<String> attempts = audio.stream().map(ReadingRegistry.Audio::attemptId).collect(Collectors.toSet());
        audio.stream().map(ReadingRegistry.Audio::audioRef).distinct()
                .filter(reference -> !registry.audioKeptByOthers(reference, attempts))
                .forEach(store::delete);
    }
}
