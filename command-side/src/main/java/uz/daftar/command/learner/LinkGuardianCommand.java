package uz.daftar.command.learner;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import uz.daftar.command.StreamIds;

import java.time.Instant;

public record LinkGuardianCommand(String studentId, String guardianId, Instant linkedAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.student(studentId);
    }
}
