package uz.daftar.command.process;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import uz.daftar.command.coins.CoinRule;
import uz.daftar.events.practice.PracticeAnswerRecorded;
import uz.daftar.events.reading.ReadingAssessed;

/**
 * Pays coins for learning events under the current coin rule. At-least-once delivery is safe: the award id is a
 * function of the source event and the rule version, and a wallet pays an award id once. Never reset; should it
 * be, a replay sends nothing.
 */
@Component
@DisallowReplay
@ProcessingGroup(CoinPolicy.PROCESSING_GROUP)
class CoinPolicy {

    static final String PROCESSING_GROUP = "coin-policy";

    private final CommandGateway commands;

    CoinPolicy(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(PracticeAnswerRecorded answer) {
        CoinRule.forAnswer(answer).ifPresent(commands::sendAndWait);
    }

    @EventHandler
    void on(ReadingAssessed reading) {
        CoinRule.forReading(reading).ifPresent(commands::sendAndWait);
    }
}
