package uz.daftar.command.practice;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uz.daftar.command.StreamIds;
import uz.daftar.events.practice.MasteryLevel;
import uz.daftar.events.practice.SkillPracticed;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A student's mastery of every skill (practice context), one per student.
 * <p>
 * Invariants: an answer counts once; mastery moves only as {@link MasteryRule} says, in the order the answers
 * reached the student's record. Every answer is recorded, so the run of correct answers is in the history too.
 */
@Aggregate
public class StudentSkills {

    @AggregateIdentifier
    private String streamId;
    private final Map<String, MasteryLevel> levels = new HashMap<>();
    private final Map<String, Integer> runs = new HashMap<>();
    private final Set<String> answers = new HashSet<>();

    protected StudentSkills() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(PracticeSkillCommand command) {
        if (answers.contains(command.answerId())) {
            return;
        }
        MasteryLevel before = levels.get(command.skill());
        int run = runs.getOrDefault(command.skill(), 0);
        apply(new SkillPracticed(command.studentId(), command.skill(), before,
                MasteryRule.after(before, run, command.correct()), MasteryRule.runAfter(run, command.correct()),
                MasteryRule.V1, command.answerId(), command.answeredAt()));
    }

    @CommandHandler
    public SortedMap<String, String> handle(DescribeSkillsCommand command) {
        SortedMap<String, String> described = new TreeMap<>();
        levels.forEach((skill, level) -> described.put(skill, level.name()));
        return described;
    }

    @EventSourcingHandler
    void on(SkillPracticed event) {
        streamId = StreamIds.skills(event.studentId());
        levels.put(event.skill(), event.level());
        runs.put(event.skill(), event.correctInARow());
        answers.add(event.sourceEventId());
    }
}
