package uz.daftar.command.learner;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/**
 * Lists or unlists a student on leaderboards. {@code changedBy} is the caller's subject; {@code byAdmin} says the
 * caller holds the admin role, otherwise the caller must be one of the student's linked guardians.
 */
public record ChangeLeaderboardVisibilityCommand(String studentId, boolean listed, String changedBy, boolean byAdmin,
                                                 Instant changedAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.student(studentId);
    }
}
