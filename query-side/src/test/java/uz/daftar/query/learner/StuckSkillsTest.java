package uz.daftar.query.learner;

import org.junit.jupiter.api.Test;
import uz.daftar.projections.practice.SkillMasteryRow;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StuckSkillsTest {

    private static SkillMasteryRow skill(String skill, String level, long answers) {
        return new SkillMasteryRow(skill, level, 0, answers, "mastery.v1", Instant.parse("2025-09-03T10:00:00Z"));
    }

    @Test
    void aSkillStillAttemptedAfterFiveAnswersIsStuck() {
        assertThat(ClassOverviewQueryHandler.stuck(List.of(skill("math.add-10", "ATTEMPTED", 5))))
                .containsExactly(new ClassOverviewView.Stuck("math.add-10", 5, "ATTEMPTED"));
    }

    @Test
    void fewerAnswersOrAnyProgressIsNotStuck() {
        assertThat(ClassOverviewQueryHandler.stuck(List.of(skill("a", "ATTEMPTED", 4), skill("b", "FAMILIAR", 40),
                skill("c", "MASTERED", 9)))).isEmpty();
        assertThat(ClassOverviewQueryHandler.stuck(null)).isEmpty();
    }
}
