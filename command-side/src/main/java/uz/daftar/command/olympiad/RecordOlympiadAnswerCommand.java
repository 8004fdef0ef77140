package uz.daftar.command.olympiad;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/** Answer, or change the answer to, one question of a started olympiad. */
public record RecordOlympiadAnswerCommand(String olympiadId, String studentId, String questionId, String answer,
                                          Instant answeredAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.participation(olympiadId, studentId);
    }
}
