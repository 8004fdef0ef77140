package uz.daftar.command.process;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import uz.daftar.command.practice.PracticeSkillCommand;
import uz.daftar.command.progress.XpRule;
import uz.daftar.events.games.ScoreAccepted;
import uz.daftar.events.practice.PracticeAnswerRecorded;
import uz.daftar.events.reading.ReadingAssessed;

/**
 * Turns learning events into progress: every practice answer is offered to the student's progress under the
 * current XP rule and counted towards mastery of its skill; every accepted game score earns XP; every assessed
 * reading earns XP and counts towards mastery of reading in its language. Delivery is
 * at-least-once; award ids and answer ids make a repeat harmless. This processor is never reset: its work is
 * commands, not a read model; should it be, a replay sends nothing.
 */
@Component
@DisallowReplay
@ProcessingGroup(ProgressPolicy.PROCESSING_GROUP)
class ProgressPolicy {

    static final String PROCESSING_GROUP = "progress-policy";

    private final CommandGateway commands;

    ProgressPolicy(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(PracticeAnswerRecorded answer) {
        commands.sendAndWait(XpRule.forAnswer(answer));
        commands.sendAndWait(new PracticeSkillCommand(answer.studentId(), answer.skill(), answer.answerId(),
                answer.correct(), answer.answeredAt()));
    }

    @EventHandler
    void on(ScoreAccepted score) {
        commands.sendAndWait(XpRule.forGame(score));
    }

    @EventHandler
    void on(ReadingAssessed reading) {
        commands.sendAndWait(XpRule.forReading(reading));
        commands.sendAndWait(PracticeSkillCommand.forReading(reading));
    }
}
