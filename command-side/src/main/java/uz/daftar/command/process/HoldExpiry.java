package uz.daftar.command.process;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uz.daftar.command.coins.ReleaseHoldCommand;
import uz.daftar.events.coins.CoinsHeld;
import uz.daftar.events.coins.HoldCaptured;
import uz.daftar.events.coins.HoldReleased;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

/**
 * The deadline of every open hold: kept in the command side's {@code hold_deadline} table (in the same
 * transaction as the hold's events) and, once due, released by a command that carries the time of the check.
 * The wallet releases only an open hold whose time has come, so several instances checking at once are harmless.
 */
@Component
@ProcessingGroup(HoldExpiry.PROCESSING_GROUP)
class HoldExpiry {

    static final String PROCESSING_GROUP = "hold-expiry";
    private static final Logger log = LoggerFactory.getLogger(HoldExpiry.class);

    private final JdbcTemplate jdbc;
    private final CommandGateway commands;
    private final Clock clock;

    HoldExpiry(JdbcTemplate jdbc, CommandGateway commands, Clock clock) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.clock = clock;
    }

    @EventHandler
    void on(CoinsHeld event) {
        jdbc.update("INSERT INTO hold_deadline (hold_id, student_id, expires_at) VALUES (?, ?, ?) "
                + "ON CONFLICT DO NOTHING", event.holdId(), event.studentId(), Timestamp.from(event.expiresAt()));
    }

    @EventHandler
    void on(HoldCaptured event) {
        jdbc.update("DELETE FROM hold_deadline WHERE hold_id = ? AND student_id = ?", event.holdId(),
                event.studentId());
    }

    @EventHandler
    void on(HoldReleased event) {
        jdbc.update("DELETE FROM hold_deadline WHERE hold_id = ? AND student_id = ?", event.holdId(),
                event.studentId());
    }

    @Scheduled(fixedDelayString = "${daftar.coins.hold-expiry-check:PT5S}")
    void releaseDueHolds() {
        Instant now = clock.instant();
        jdbc.query("SELECT hold_id, student_id FROM hold_deadline WHERE expires_at <= ? ORDER BY expires_at "
                + "LIMIT 500", (rs, row) -> new ReleaseHoldCommand(rs.getString("student_id"),
                rs.getString("hold_id"), true, now), Timestamp.from(now)).forEach(command -> {
            try {
                commands.sendAndWait(command);
            } catch (RuntimeException e) {
                log.warn("hold {} of {} could not be released yet: {}", command.holdId(), command.studentId(),
                        e.getMessage());
            }
        });
    }
}
