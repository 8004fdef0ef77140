package uz.daftar.command.process;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uz.daftar.command.olympiad.FreezeStandingsCommand;
import uz.daftar.command.olympiad.OlympiadEntries;
import uz.daftar.command.olympiad.OlympiadTerms;
import uz.daftar.command.olympiad.SubmitAtDeadlineCommand;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The olympiads' clock. Every participation whose personal deadline has passed is submitted as it stands; once an
 * olympiad's final deadline has passed by the grace period (for submissions sent just before it to land) and nobody
 * is left unsubmitted, its standings are frozen as of the final deadline itself, so the frozen ranking never
 * depends on when the check ran. Every command is a no-op when repeated, so several instances checking at once are
 * harmless.
 */
@Component
class OlympiadDeadlines {

    private static final Logger log = LoggerFactory.getLogger(OlympiadDeadlines.class);
    private static final int BATCH = 500;

    private final OlympiadEntries entries;
    private final OlympiadTerms olympiads;
    private final CommandGateway commands;
    private final Clock clock;
    private final Duration grace;

    OlympiadDeadlines(OlympiadEntries entries, OlympiadTerms olympiads, CommandGateway commands, Clock clock,
                      @Value("${daftar.olympiad.freeze-grace:PT5S}") Duration grace) {
        this.entries = entries;
        this.olympiads = olympiads;
        this.commands = commands;
        this.clock = clock;
        this.grace = grace;
    }

    @Scheduled(fixedDelayString = "${daftar.olympiad.deadline-check:PT1S}")
    void check() {
        Instant now = clock.instant();
        submitDue(now);
        freezeDue(now);
    }

    private void submitDue(Instant now) {
        entries.dueForSubmission(now, BATCH).forEach(due -> send(new SubmitAtDeadlineCommand(due.olympiadId(),
                due.studentId(), now)));
    }

    private void freezeDue(Instant now) {
        for (String olympiadId : olympiads.dueForFreeze(now.minus(grace))) {
            if (entries.anyUnsubmitted(olympiadId)) {
                continue;
            }
            olympiads.find(olympiadId).ifPresent(terms -> send(new FreezeStandingsCommand(olympiadId,
                    entries.graded(olympiadId), terms.prizes(), terms.schedule().finalDeadline())));
        }
    }

    private void send(Object command) {
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException e) {
            log.warn("{} failed, to be tried again at the next check: {}", command.getClass().getSimpleName(),
                    e.getMessage());
        }
    }
}
