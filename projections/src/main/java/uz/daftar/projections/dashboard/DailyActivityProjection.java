package uz.daftar.projections.dashboard;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uz.daftar.events.practice.PracticeAnswerRecorded;
import uz.daftar.events.progress.XpAwarded;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * How much a student practised and earned, in quarter-hour slots of UTC ({@code activity_quarter}), for the
 * family's per-day view: answers, correct answers and time spent at the answer's own time, XP at its award's time.
 * Sums commute, so the slots do not depend on the order the student's streams arrive in.
 */
@Component
@ProcessingGroup(DailyActivityProjection.PROCESSING_GROUP)
public class DailyActivityProjection {

    public static final String PROCESSING_GROUP = "daily-activity";
    private static final long QUARTER_SECONDS = 15 * 60;

    private final JdbcTemplate jdbc;

    DailyActivityProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PracticeAnswerRecorded event) {
        add(event.studentId(), event.answeredAt(), 1, event.correct() ? 1 : 0, event.timeTakenMillis(), 0);
    }

    @EventHandler
    void on(XpAwarded event) {
        add(event.studentId(), event.occurredAt(), 0, 0, 0, event.amount());
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE activity_quarter");
    }

    /** The start of the quarter hour of UTC that {@code at} falls in. */
    static Instant quarterOf(Instant at) {
        return Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), QUARTER_SECONDS) * QUARTER_SECONDS);
    }

    private void add(String studentId, Instant at, int answers, int correct, long timeSpentMillis, long xp) {
        jdbc.update("""
                INSERT INTO activity_quarter AS a (student_id, quarter_start, answers, correct, time_spent_ms, xp)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (student_id, quarter_start) DO UPDATE SET answers = a.answers + EXCLUDED.answers,
                    correct = a.correct + EXCLUDED.correct, time_spent_ms = a.time_spent_ms + EXCLUDED.time_spent_ms,
                    xp = a.xp + EXCLUDED.xp
                """, studentId, Timestamp.from(quarterOf(at)), answers, correct, timeSpentMillis, xp);
    }
}
