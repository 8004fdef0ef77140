package uz.daftar.command.process;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import uz.daftar.command.coins.CaptureHoldCommand;
import uz.daftar.command.coins.PayPrizeCommand;
import uz.daftar.command.coins.ReleaseHoldCommand;
import uz.daftar.command.olympiad.CancelParticipationCommand;
import uz.daftar.command.olympiad.OlympiadEntries;
import uz.daftar.command.progress.AwardIds;
import uz.daftar.events.olympiad.OlympiadCancelled;
import uz.daftar.events.olympiad.ParticipationCancelled;
import uz.daftar.events.olympiad.ParticipationStarted;
import uz.daftar.events.olympiad.RankedEntry;
import uz.daftar.events.olympiad.StandingsPageFrozen;

/**
 * What follows from an olympiad's events in other streams: a cancelled olympiad cancels every registration; a
 * started participation captures its entry fee and a cancelled one releases it; frozen standings pay their prizes.
 * At-least-once delivery is safe: each command is a no-op the second time (a hold closes once, a prize's entry id
 * is a function of the olympiad, the student and the prize rule). Never reset; should it be, a replay sends nothing.
 */
@Component
@DisallowReplay
@ProcessingGroup(OlympiadPolicy.PROCESSING_GROUP)
class OlympiadPolicy {

    static final String PROCESSING_GROUP = "olympiad-policy";

    private final CommandGateway commands;
    private final OlympiadEntries entries;

    OlympiadPolicy(CommandGateway commands, OlympiadEntries entries) {
        this.commands = commands;
        this.entries = entries;
    }

    @EventHandler
    void on(OlympiadCancelled event) {
        entries.registered(event.olympiadId()).forEach(entry -> commands.sendAndWait(new CancelParticipationCommand(
                event.olympiadId(), entry.studentId(), event.reason(), event.cancelledAt())));
    }

    @EventHandler
    void on(ParticipationStarted event) {
        if (event.feeHoldId() != null) {
            commands.sendAndWait(new CaptureHoldCommand(event.studentId(), event.feeHoldId(), event.startedAt()));
        }
    }

    @EventHandler
    void on(ParticipationCancelled event) {
        if (event.feeHoldId() != null) {
            commands.sendAndWait(new ReleaseHoldCommand(event.studentId(), event.feeHoldId(), false,
                    event.cancelledAt()));
        }
    }

    @EventHandler
    void on(StandingsPageFrozen event) {
        for (RankedEntry entry : event.entries()) {
            if (entry.prizeCoins() > 0) {
                commands.sendAndWait(new PayPrizeCommand(entry.studentId(),
                        AwardIds.of("prize", event.olympiadId() + ":" + entry.studentId(), event.prizeRule()),
                        entry.prizeCoins(), event.olympiadId(), entry.rank(), event.prizeRule(), event.frozenAt()));
            }
        }
    }
}
