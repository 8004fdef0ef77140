package uz.daftar.command.progress;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uz.daftar.command.StreamIds;
import uz.daftar.events.progress.BadgeEarned;
import uz.daftar.events.progress.LevelReached;
import uz.daftar.events.progress.ProgressStarted;
import uz.daftar.events.progress.StreakChanged;
import uz.daftar.events.progress.StreakFreezeEarned;
import uz.daftar.events.progress.StreakFreezeUsed;
import uz.daftar.events.progress.XpAwarded;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A student's progress (progress context), one per student: XP, level, daily streak with freezes, badges.
 * <p>
 * Invariants: an award id pays at most once; XP only grows and levels are never lost; an award of nothing is
 * not recorded, but its day still counts for the streak; a badge is earned once. Days are the student's local
 * days of the learning event, never the day it was processed, so late answers revise the streak the same way
 * every time.
 */
@Aggregate
public class StudentProgress {

    static final String DEFAULT_ZONE = "Asia/Tashkent";

    @AggregateIdentifier
    private String streamId;
    private String studentId;
    private ZoneId zone = ZoneId.of(DEFAULT_ZONE);
    private long totalXp;
    private int level = 1;
    private int bestStreak;
    private int freezes;
    private long answersWithXp;
    private final StreakCalendar calendar = new StreakCalendar();
    private final Set<String> awardIds = new HashSet<>();
    private final Map<LocalDate, Integer> answersOn = new HashMap<>();
    private final Set<String> badges = new HashSet<>();

    protected StudentProgress() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(StartProgressCommand command) {
        if (streamId == null) {
            apply(new ProgressStarted(command.studentId(), command.timeZone(), command.startedAt()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(AwardXpCommand command) {
        if (awardIds.contains(command.awardId())) {
            return;
        }
        if (streamId == null) {
            apply(new ProgressStarted(command.studentId(), DEFAULT_ZONE, command.occurredAt()));
        }
        if (command.amount() > 0) {
            apply(new XpAwarded(command.studentId(), command.awardId(), command.amount(), totalXp + command.amount(),
                    command.sourceEventId(), command.sourceType(), command.ruleVersion(), command.occurredAt()));
            int reached = LevelRule.levelFor(totalXp);
            if (reached > level) {
                apply(new LevelReached(studentId, reached, totalXp, LevelRule.V1, command.occurredAt()));
            }
        }
        countDay(command.occurredAt().atZone(zone).toLocalDate(), command);
        int busiest = answersOn.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (String badge : BadgeRules.qualifiedFor(answersWithXp, busiest, bestStreak, totalXp)) {
            if (!badges.contains(badge)) {
                apply(new BadgeEarned(studentId, badge, BadgeRules.V1, command.sourceEventId(), command.occurredAt()));
            }
        }
    }

    private void countDay(LocalDate day, AwardXpCommand cause) {
        if (calendar.counts(day)) {
            return;
        }
        List<LocalDate> missed = calendar.missedBefore(day);
        if (!missed.isEmpty() && missed.size() <= freezes) {
            apply(new StreakFreezeUsed(studentId, missed, freezes - missed.size(), StreakCalendar.RULE,
                    cause.occurredAt()));
        }
        int before = calendar.current();
        StreakCalendar after = calendar.with(day);
        int current = after.current();
        apply(new StreakChanged(studentId, day, current, Math.max(bestStreak, after.runThrough(day)),
                after.lastDay(), StreakCalendar.RULE, cause.occurredAt()));
        if (current > before && current % StreakCalendar.WEEK == 0 && freezes < StreakCalendar.MAX_FREEZES) {
            apply(new StreakFreezeEarned(studentId, freezes + 1, StreakCalendar.RULE, cause.occurredAt()));
        }
    }

    @EventSourcingHandler
    void on(ProgressStarted event) {
        streamId = StreamIds.progress(event.studentId());
        studentId = event.studentId();
        zone = ZoneId.of(event.timeZone());
    }

    @EventSourcingHandler
    void on(XpAwarded event) {
        totalXp = event.totalXp();
        awardIds.add(event.awardId());
        answersWithXp++;
        answersOn.merge(event.occurredAt().atZone(zone).toLocalDate(), 1, Integer::sum);
    }

    @EventSourcingHandler
    void on(LevelReached event) {
        level = event.level();
    }

    @EventSourcingHandler
    void on(StreakFreezeUsed event) {
        event.days().forEach(calendar::add);
        freezes = event.available();
    }

    @EventSourcingHandler
    void on(StreakChanged event) {
        calendar.add(event.day());
        bestStreak = event.best();
    }

    @EventSourcingHandler
    void on(StreakFreezeEarned event) {
        freezes = event.available();
    }

    @EventSourcingHandler
    void on(BadgeEarned event) {
        badges.add(event.badgeId());
    }
}
