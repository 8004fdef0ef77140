package uz.daftar.command.process;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import uz.daftar.command.coins.OpenWalletCommand;
import uz.daftar.events.learner.StudentRegistered;

/**
 * Every registered student gets a wallet, in the same unit of work as the registration (a subscribing
 * processor), so no award or spend can ever find a student without one.
 */
@Component
@ProcessingGroup(WalletOpening.PROCESSING_GROUP)
class WalletOpening {

    static final String PROCESSING_GROUP = "wallet-opening";

    private final CommandGateway commands;

    WalletOpening(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(StudentRegistered event) {
        commands.sendAndWait(new OpenWalletCommand(event.studentId(), event.timeZone(), event.registeredAt()));
    }
}
