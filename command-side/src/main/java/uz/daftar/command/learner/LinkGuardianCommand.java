package uz.daftar.command.learner;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record LinkGuardianCommand(@TargetAggregateIdentifier String studentId, String guardianId, Instant linkedAt) {
}
