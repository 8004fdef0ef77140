package uz.daftar.command.olympiad;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;
import uz.daftar.events.olympiad.OlympiadQuestion;
import uz.daftar.events.olympiad.OlympiadSchedule;
import uz.daftar.events.olympiad.PrizeBand;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Create an olympiad, unpublished. */
public record CreateOlympiadCommand(String olympiadId, Map<String, String> titles, String subject, int minAge,
                                    int maxAge, List<OlympiadQuestion> questions, OlympiadSchedule schedule,
                                    long entryFee, List<PrizeBand> prizes, String adminId, Instant createdAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.olympiad(olympiadId);
    }
}
