package uz.daftar.command.process;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import uz.daftar.command.coins.AdjustCoinsCommand;
import uz.daftar.command.coins.ReverseEntryCommand;
import uz.daftar.command.disputes.Correction;
import uz.daftar.events.disputes.DisputeUpheld;

/**
 * Corrects the ledger when a dispute is upheld, by one new entry in the student's wallet: a credit (an admin
 * adjustment whose evidence names the case) or a reversal of the disputed entry. The entry id comes with the
 * decision and is a function of the dispute id, and a wallet records an entry id once, so at-least-once delivery
 * never pays twice. Never reset; should it be, a replay sends nothing.
 */
@Component
@DisallowReplay
@ProcessingGroup(DisputePolicy.PROCESSING_GROUP)
class DisputePolicy {

    static final String PROCESSING_GROUP = "dispute-policy";

    private final CommandGateway commands;

    DisputePolicy(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(DisputeUpheld upheld) {
        String reason = "Dispute " + upheld.disputeId() + " upheld: " + upheld.reason();
        if (Correction.valueOf(upheld.correction()) == Correction.REVERSAL) {
            commands.sendAndWait(new ReverseEntryCommand(upheld.studentId(), upheld.correctionEntryId(),
                    upheld.ledgerEntryId(), reason, upheld.adminId(), upheld.decidedAt()));
        } else {
            commands.sendAndWait(new AdjustCoinsCommand(upheld.studentId(), upheld.correctionEntryId(),
                    upheld.amount(), reason, "dispute:" + upheld.disputeId(), upheld.adminId(),
                    upheld.decidedAt()));
        }
    }
}
