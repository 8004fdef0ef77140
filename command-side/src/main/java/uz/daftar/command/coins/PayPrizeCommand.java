package uz.daftar.command.coins;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/**
 * Pay an olympiad prize that the frozen standings gave a student; {@code entryId} is derived from the olympiad, the
 * student and the prize rule.
 */
public record PayPrizeCommand(String studentId, String entryId, long amount, String olympiadId, int rank,
                              String prizeRule, Instant awardedAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.wallet(studentId);
    }
}
