package uz.daftar.command.reading;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/** Record that an attempt's audio is deleted, for {@code reason} RETENTION or CONSENT_WITHDRAWN. */
public record DeleteReadingAudioCommand(String attemptId, String reason, Instant deletedAt) {

    public static final String RETENTION = "RETENTION";
    public static final String CONSENT_WITHDRAWN = "CONSENT_WITHDRAWN";

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.reading(attemptId);
    }
}
