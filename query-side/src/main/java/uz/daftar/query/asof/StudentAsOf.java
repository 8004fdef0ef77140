package uz.daftar.query.asof;

import uz.daftar.projections.leaderboard.Standing;
import uz.daftar.query.coins.LedgerView;
import uz.daftar.query.dashboard.StudentDashboardView;

import java.time.Instant;
import java.util.List;

/**
 * A student's dashboard, ledger and XP places as they stood at {@code at}, each exactly what the live endpoint
 * answered once every event recorded up to {@code at} had been projected. {@code standings}: the XP boards of the
 * asked scope for all time and for the day, week and month containing {@code at}, without neighbours.
 */
public record StudentAsOf(Instant at, StudentDashboardView dashboard, LedgerView ledger, List<Standing> standings) {
}
