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
import uz.daftar.events.coins.PrizeAwarded;
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
 * activity. Every handler is an upsert that gives the same row whatever order the student's streams (student,
 * attempts, progress, wallet) arrive in relative to each other; each stream itself arrives in order. Uses only
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
                INSERT INTO student_dashboard AS d (student_id, answers, correct_answers, practice_millis, last_active_at)
                VALUES (?, 1, ?, ?, ?)
                ON CONFLICT (student_id) DO UPDATE SET answers = d.answers + 1,
                    correct_answers = d.correct_answers + EXCLUDED.correct_answers,
                    practice_millis = d.practice_millis + EXCLUDED.practice_millis,
                    last_active_at = GREATEST(d.last_active_at, EXCLUDED.last_active_at)
                """, event.studentId(), event.correct() ? 1 : 0, event.timeTakenMillis(),
                Timestamp.from(event.answeredAt()));
    }

    @EventHandler
    void on(XpAwarded event) {
        upsert(event.studentId(), "total_xp", event.totalXp(), "GREATEST(d.total_xp, EXCLUDED.total_xp)");
    }

    @EventHandler
    void on(CoinsAwarded event) {
        balance(event.studentId(), event.balanceAfter());
    }

    @EventHandler
    void on(PrizeAwarded event) {
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
        balance(event.studentId(), event.balanceAfter());
        upsert(event.studentId(), "coins_held", event.amount(), "d.coins_held + EXCLUDED.coins_held");
    }

    @EventHandler
    void on(HoldCaptured event) {
        upsert(event.studentId(), "coins_held", -event.amount(), "d.coins_held + EXCLUDED.coins_held");
    }

    @EventHandler
    void on(HoldReleased event) {
        balance(event.studentId(), event.balanceAfter());
        upsert(event.studentId(), "coins_held", -event.amount(), "d.coins_held + EXCLUDED.coins_held");
    }

    @EventHandler
    void on(LevelReached event) {
        upsert(event.studentId(), "level", event.level(), "GREATEST(d.level, EXCLUDED.level)");
    }

    @EventHandler
    void on(StreakChanged event) {
        jdbc.update("""
                INSERT INTO student_dashboard (student_id, current_streak, best_streak, last_streak_day)
                VALUES (?, ?, ?, ?)
                ON CONFLICT (student_id) DO UPDATE SET current_streak = EXCLUDED.current_streak,
                    best_streak = EXCLUDED.best_streak, last_streak_day = EXCLUDED.last_streak_day
                """, event.studentId(), event.current(), event.best(), Date.valueOf(event.lastActiveDay()));
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
        upsert(studentId, "streak_freezes", available, "EXCLUDED.streak_freezes");
    }

    private void balance(String studentId, long balanceAfter) {
        upsert(studentId, "coin_balance", balanceAfter, "EXCLUDED.coin_balance");
    }

    /**
     * Sets one column of a student's row, creating the row if this is the first event of the student seen: the
     * student's streams reach this projection in any order relative to each other. {@code merge} combines the
     * stored value {@code d.<column>} with the new one {@code EXCLUDED.<column>}.
     */
    private void upsert(String studentId, String column, Object value, String merge) {
        jdbc.update("INSERT INTO student_dashboard AS d (student_id, " + column + ") VALUES (?, ?) "
                + "ON CONFLICT (student_id) DO UPDATE SET " + column + " = " + merge, studentId, value);
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE student_dashboard");
    }
}
