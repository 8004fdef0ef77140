package uz.daftar.command.olympiad;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;
import java.util.Map;

/** Submit a participation, with any last answers (question id to answer) recorded first. */
public record SubmitOlympiadCommand(String olympiadId, String studentId, Map<String, String> answers,
                                    Instant submittedAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.participation(olympiadId, studentId);
    }
}
