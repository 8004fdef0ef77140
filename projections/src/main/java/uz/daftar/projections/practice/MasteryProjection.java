package uz.daftar.projections.practice;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uz.daftar.events.practice.SkillPracticed;

import java.sql.Timestamp;

/** Each student's mastery map: level, run of correct answers and answers per skill. */
@Component
@ProcessingGroup(MasteryProjection.PROCESSING_GROUP)
public class MasteryProjection {

    public static final String PROCESSING_GROUP = "mastery";

    private final JdbcTemplate jdbc;

    MasteryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SkillPracticed event) {
        jdbc.update("""
                INSERT INTO skill_mastery (student_id, skill, level, correct_in_a_row, answers, rule_version, updated_at)
                VALUES (?, ?, ?, ?, 1, ?, ?)
                ON CONFLICT (student_id, skill) DO UPDATE SET level = EXCLUDED.level,
                    correct_in_a_row = EXCLUDED.correct_in_a_row, answers = skill_mastery.answers + 1,
                    rule_version = EXCLUDED.rule_version, updated_at = EXCLUDED.updated_at
                """, event.studentId(), event.skill(), event.level().name(), event.correctInARow(),
                event.ruleVersion(), Timestamp.from(event.occurredAt()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE skill_mastery");
    }
}
