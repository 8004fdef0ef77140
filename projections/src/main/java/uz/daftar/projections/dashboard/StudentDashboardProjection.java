package uz.daftar.projections.dashboard;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uz.daftar.events.coins.CoinsAdjusted;
import uz.daftar.events.coins.CoinsAwarded;
import uz.daftar.events.coins.CoinsHeld;
import uz.daftar.events.coins.CoinsSpent;
import uz.daftar.events.coins.HoldCaptured;
import uz.daftar.events.coins.HoldReleased;
import uz.daftar.events.coins.LedgerEntryReversed;
import uz.daftar.events.learner.StudentRegistered;
import uz.daftar.events.practice.PracticeAnswerRecorded;
import uz.daftar.events.progress.LevelReached;
import uz.daftar.events.progress.StreakChanged;
import uz.daftar.events.progress.StreakFreezeEarned;
import uz.daftar.events.progress.StreakFreezeUsed;
import uz.daftar.events.progress.XpAwarded;

import java.sql.Date;
import java.sql.Timestamp;

/**
 * The student dashboard, one row per student: answers, accuracy, practice time, XP, level, streak, coins and last
 * activity. Uses only
 * event data; the sealed profile is copied as it is and opened only when a permitted reader asks.
 */
@Component
@ProcessingGroup(StudentDashboardProjection.PROCESSING_GROUP)
public class StudentDashboardProjection {

    public static final String PROCESSING_GROUP = "student-dashboard";

    private final JdbcTemplate jdbc;

    StudentDashboardProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(StudentRegistered event) {
        jdbc.update("""
                INSERT INTO student_dashboard (student_id, profile_key_id, sealed_profile, time_zone, language,
                                               registered_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (student_id) DO UPDATE SET profile_key_id = EXCLUDED.profile_key_id,
                    sealed_profile = EXCLUDED.sealed_profile, time_zone = EXCLUDED.time_zone,
                    language = EXCLUDED.language, registered_at = EXCLUDED.registered_at
                """, event.studentId(), event.profileKeyId(), event.sealedProfile(), event.timeZone(),
                event.language(), Timestamp.from(event.registeredAt()));
    }

    @EventHandler
    void on(PracticeAnswerRecorded event) {
        jdbc.update("""
                UPDATE student_dashboard
                   SET answers = answers + 1,
                       correct_answers = correct_answers + ?,
                       practice_millis = practice_millis + ?,
                       last_active_at = GREATEST(COALESCE(last_active_at, ?), ?)
                 WHERE student_id = ?
                """, event.correct() ? 1 : 0, event.timeTakenMillis(), Timestamp.from(event.answeredAt()),
                Timestamp.from(event.answeredAt()), event.studentId());
    }

    @EventHandler
    void on(XpAwarded event) {
        jdbc.update("UPDATE student_dashboard SET total_xp = GREATEST(total_xp, ?) WHERE student_id = ?",
                event.totalXp(), event.studentId());
    }

    @EventHandler
    void on(CoinsAwarded event) {
        balance(event.studentId(), event.balanceAfter());
    }

    @EventHandler
    void on(CoinsSpent event) {
        balance(event.studentId(), event.balanceAfter());
    }

    @EventHandler
    void on(CoinsAdjusted event) {
        balance(event.studentId(), event.balanceAfter());
    }

    @EventHandler
    void on(LedgerEntryReversed event) {
        balance(event.studentId(), event.balanceAfter());
    }

    @EventHandler
    void on(CoinsHeld event) {
        jdbc.update("UPDATE student_dashboard SET coin_balance = ?, coins_held = coins_held + ? WHERE student_id = ?",
                event.balanceAfter(), event.amount(), event.studentId());
    }

    @EventHandler
    void on(HoldCaptured event) {
        jdbc.update("UPDATE student_dashboard SET coins_held = coins_held - ? WHERE student_id = ?",
                event.amount(), event.studentId());
    }

    @EventHandler
    void on(HoldReleased event) {
        jdbc.update("UPDATE student_dashboard SET coin_balance = ?, coins_held = coins_held - ? WHERE student_id = ?",
                event.balanceAfter(), event.amount(), event.studentId());
    }

    @EventHandler
    void on(LevelReached event) {
        jdbc.update("UPDATE student_dashboard SET level = GREATEST(level, ?) WHERE student_id = ?", event.level(),
                event.studentId());
    }

    @EventHandler
    void on(StreakChanged event) {
        jdbc.update("UPDATE student_dashboard SET current_streak = ?, best_streak = ?, last_streak_day = ? "
                        + "WHERE student_id = ?", event.current(), event.best(), Date.valueOf(event.lastActiveDay()),
                event.studentId());
    }

    @EventHandler
    void on(StreakFreezeEarned event) {
        freezes(event.studentId(), event.available());
    }

    @EventHandler
    void on(StreakFreezeUsed event) {
        freezes(event.studentId(), event.available());
    }

    private void freezes(String studentId, int available) {
        jdbc.update("UPDATE student_dashboard SET streak_freezes = ? WHERE student_id = ?", available, studentId);
    }

    private void balance(String studentId, long balanceAfter) {
        jdbc.update("UPDATE student_dashboard SET coin_balance = ? WHERE student_id = ?", balanceAfter, studentId);
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE student_dashboard");
    }
}
