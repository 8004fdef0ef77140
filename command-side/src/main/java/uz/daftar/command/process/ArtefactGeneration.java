package uz.daftar.command.process;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import uz.daftar.command.CommandRejected;
import uz.daftar.command.ai.CompleteArtefactCommand;
import uz.daftar.command.ai.ConfirmPendingCommand;
import uz.daftar.command.ai.FailArtefactCommand;
import uz.daftar.command.ai.Generation;
import uz.daftar.command.ai.Model;
import uz.daftar.command.ai.PersonalData;
import uz.daftar.command.ai.PersonalTerms;
import uz.daftar.command.ai.Prompt;
import uz.daftar.command.ai.Prompts;
import uz.daftar.command.outside.OutsideFailure;
import uz.daftar.events.ai.ArtefactRequested;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * Generates a requested artefact off the command path: renders the prompt of the request's version from the
 * {@link ArtefactRequested} event alone, makes sure it carries none of the concerned students' personal data, asks
 * the model under the outside-call guard, checks the output for personal data too, and records the output
 * ({@code ArtefactGenerated}) or the failure ({@code ArtefactGenerationFailed}). A redelivered request whose
 * artefact is settled calls nothing. Never replayed: a reset sends nothing and calls no model.
 */
@Component
@DisallowReplay
@ProcessingGroup(ArtefactGeneration.PROCESSING_GROUP)
public class ArtefactGeneration {

    static final String PROCESSING_GROUP = "artefact-generation";
    /** The failure kind of a prompt or output that would carry personal data. */
    public static final String PERSONAL_DATA = "PERSONAL_DATA";

    private final CommandGateway commands;
    private final Model model;
    private final Function<ArtefactRequested, PersonalTerms> personalTerms;
    private final Clock clock;

    @Autowired
    ArtefactGeneration(CommandGateway commands, Model model, PersonalData personalData, Clock clock) {
        this(commands, model, requested -> personalData.of(requested.studentId(), requested.classId()), clock);
    }

    ArtefactGeneration(CommandGateway commands, Model model, Function<ArtefactRequested, PersonalTerms> personalTerms,
                       Clock clock) {
        this.commands = commands;
        this.model = model;
        this.personalTerms = personalTerms;
        this.clock = clock;
    }

    @EventHandler
    void on(ArtefactRequested requested) {
        if (!pending(requested.artefactId())) {
            return;
        }
        Prompt prompt = Prompts.render(requested);
        PersonalTerms terms = personalTerms.apply(requested);
        Optional<String> inPrompt = terms.foundIn(prompt.system() + "\n" + prompt.user());
        if (inPrompt.isPresent()) {
            fail(requested, PERSONAL_DATA, "The prompt would contain " + inPrompt.get() + "; nothing was sent.");
            return;
        }
        Generation generation;
        try {
            generation = model.generate(prompt);
        } catch (OutsideFailure failure) {
            fail(requested, failure.kind().name(), failure.getMessage());
            return;
        }
        Optional<String> inOutput = terms.foundIn(generation.output());
        if (inOutput.isPresent()) {
            fail(requested, PERSONAL_DATA, "The generated output contained " + inOutput.get() + " and was not "
                    + "recorded.");
            return;
        }
        commands.sendAndWait(new CompleteArtefactCommand(requested.artefactId(), generation.model(),
                prompt.version(), generation.output(), generation.promptTokens(), generation.completionTokens(),
                generation.responseId(), clock.instant()));
    }

    private boolean pending(String artefactId) {
        try {
            commands.sendAndWait(new ConfirmPendingCommand(artefactId));
            return true;
        } catch (CommandExecutionException settled) {
            if (settled.<CommandRejected.Rejection>getDetails().filter(rejection ->
                    "artefact-settled".equals(rejection.code())).isPresent()) {
                return false;
            }
            throw settled;
        }
    }

    private void fail(ArtefactRequested requested, String failure, String message) {
        commands.sendAndWait(new FailArtefactCommand(requested.artefactId(), failure,
                message.length() > 1000 ? message.substring(0, 1000) : message, clock.instant()));
    }
}
