package uz.daftar.query.asof;

import uz.daftar.query.coins.LedgerView;
import uz.daftar.query.dashboard.StudentDashboardView;
import uz.daftar.query.leaderboard.StudentRankView;

import java.time.Instant;
import java.util.List;

/**
 * A student's progress as it stood at {@code at}, in the shapes of the live endpoints: {@code dashboard} as
 * {@code /students/{id}/dashboard} (XP, level, streak as of that day, badges, mastery per skill, coins), {@code ledger}
 * as {@code /students/{id}/ledger} (balance, held, entries), {@code ranks} as
 * {@code /leaderboards/xp/students/{id}?neighbours=0} for the asked scope, all time and the day, week and month
 * containing {@code at}.
 */
public record AsOfView(String studentId, Instant at, StudentDashboardView dashboard, LedgerView ledger,
                       List<StudentRankView> ranks) {
}
