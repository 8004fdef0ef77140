package uz.daftar.command.process;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import uz.daftar.command.coins.OpenWalletCommand;
import uz.daftar.command.progress.StartProgressCommand;
import uz.daftar.events.learner.StudentRegistered;

/**
 * Every registered student gets a wallet and a progress record, in the same unit of work as the registration (a
 * subscribing processor), so no award, spend or streak can ever find a student without them, and both know the
 * student's time zone from the start.
 */
@Component
@ProcessingGroup(StudentOnboarding.PROCESSING_GROUP)
class StudentOnboarding {

    static final String PROCESSING_GROUP = "student-onboarding";

    private final CommandGateway commands;

    StudentOnboarding(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(StudentRegistered event) {
        commands.sendAndWait(new OpenWalletCommand(event.studentId(), event.timeZone(), event.registeredAt()));
        commands.sendAndWait(new StartProgressCommand(event.studentId(), event.timeZone(), event.registeredAt()));
    }
}
