package uz.daftar.projections.leaderboard;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uz.daftar.events.games.Game;
import uz.daftar.events.games.GameScoreSubmitted;
import uz.daftar.events.games.ScoreAccepted;
import uz.daftar.events.games.ScoreQuarantined;
import uz.daftar.events.learner.LeaderboardVisibilityChanged;
import uz.daftar.events.learner.LearningCentreRegistered;
import uz.daftar.events.learner.StudentEnrolled;
import uz.daftar.events.progress.XpAwarded;
import uz.daftar.projections.leaderboard.Periods.Period;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Leaderboards on XP and on best game scores, for everyone, each region, centre and class, by day, week, month and
 * all time (see {@link Board}, {@link Periods}). A student's entry on a scope's board is their entry on the global
 * board: joining a class copies the global entries in, later events move all of them alike, so the outcome does not
 * depend on whether the enrolment or the XP arrives first. XP adds up, reached at the latest award; a game's
 * entry is the best accepted score, reached when first played, and falls back when a review quarantines it.
 */
@Component
@ProcessingGroup(LeaderboardProjection.PROCESSING_GROUP)
public class LeaderboardProjection {

    public static final String PROCESSING_GROUP = "leaderboards";
    private static final String CHANGES = LeaderboardProjection.class.getName() + ".changes";

    private final JdbcTemplate jdbc;
    private final LeaderboardWriter writer;

    LeaderboardProjection(JdbcTemplate jdbc, LeaderboardWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    @EventHandler
    void on(XpAwarded event) {
        inBatch(event.occurredAt(), (changes, recordedAt) -> {
            String studentId = event.studentId();
            Map<String, Entry> outcome = new HashMap<>();
            List<String> boards = boards(Board.XP, scopes(studentId), Periods.of(event.occurredAt()));
            Map<String, Entry> entries = changes.entries(studentId, boards);
            boolean listed = listed(studentId);
            for (String board : boards) {
                Entry entry = entries.get(board);
                outcome.put(board, entry == null
                        ? new Entry(event.amount(), event.occurredAt(), listed)
                        : new Entry(entry.value() + event.amount(), latest(entry.reachedAt(), event.occurredAt()),
                        listed));
            }
            changes.stage(studentId, outcome, recordedAt);
        });
    }

    @EventHandler
    void on(GameScoreSubmitted event) {
        jdbc.update("""
                INSERT INTO lb_game_session (student_id, game, session_id, score, played_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING
                """, event.studentId(), event.game().name(), event.sessionId(), event.score(),
                Timestamp.from(event.submittedAt()));
    }

    @EventHandler
    void on(ScoreAccepted event) {
        judged(event.studentId(), event.game(), event.sessionId(), true, event.decidedAt());
    }

    @EventHandler
    void on(ScoreQuarantined event) {
        judged(event.studentId(), event.game(), event.sessionId(), false, event.decidedAt());
    }

    @EventHandler
    void on(StudentEnrolled event) {
        inBatch(event.enrolledAt(), (changes, recordedAt) -> {
            Set<String> before = scopes(event.studentId());
            jdbc.update("INSERT INTO lb_enrolment (student_id, class_id, centre_id) VALUES (?, ?, ?) "
                    + "ON CONFLICT DO NOTHING", event.studentId(), event.classId(), event.centreId());
            joined(changes, event.studentId(), before, recordedAt);
        });
    }

    @EventHandler
    void on(LearningCentreRegistered event) {
        inBatch(event.registeredAt(), (changes, recordedAt) -> {
            List<String> students = jdbc.queryForList(
                    "SELECT DISTINCT student_id FROM lb_enrolment WHERE centre_id = ?", String.class,
                    event.centreId());
            Map<String, Set<String>> before = new HashMap<>();
            students.forEach(studentId -> before.put(studentId, scopes(studentId)));
            jdbc.update("INSERT INTO lb_centre (centre_id, region) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    event.centreId(), event.region());
            students.forEach(studentId -> joined(changes, studentId, before.get(studentId), recordedAt));
        });
    }

    @EventHandler
    void on(LeaderboardVisibilityChanged event) {
        inBatch(event.changedAt(), (changes, recordedAt) -> {
            String studentId = event.studentId();
            if (event.listed()) {
                jdbc.update("DELETE FROM lb_unlisted WHERE student_id = ?", studentId);
            } else {
                jdbc.update("INSERT INTO lb_unlisted (student_id) VALUES (?) ON CONFLICT DO NOTHING", studentId);
            }
            Map<String, Entry> outcome = new HashMap<>();
            changes.allEntries(studentId).forEach((board, entry) -> outcome.put(board, entry.listed(event.listed())));
            changes.stage(studentId, outcome, recordedAt);
        });
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE lb_entry, lb_count, lb_enrolment, lb_centre, lb_unlisted, lb_game_session, "
                + "lb_entry_history");
    }

    /** The student's scopes besides global: their classes, those classes' centres and the centres' regions. */
    Set<String> scopes(String studentId) {
        Set<String> scopes = new LinkedHashSet<>();
        jdbc.query("""
                SELECT e.class_id, e.centre_id, c.region FROM lb_enrolment e
                LEFT JOIN lb_centre c ON c.centre_id = e.centre_id WHERE e.student_id = ? ORDER BY e.class_id
                """, rs -> {
            scopes.add(Board.scope("class", rs.getString(1)));
            scopes.add(Board.scope("centre", rs.getString(2)));
            if (rs.getString(3) != null) {
                scopes.add(Board.scope("region", rs.getString(3)));
            }
        }, studentId);
        return scopes;
    }

    private boolean listed(String studentId) {
        return jdbc.queryForList("SELECT 1 FROM lb_unlisted WHERE student_id = ?", Integer.class, studentId)
                .isEmpty();
    }

    /** A session's latest verdict: the student's best on each board of the session's periods is computed again. */
    private void judged(String studentId, Game game, String sessionId, boolean accepted, Instant judgedAt) {
        inBatch(judgedAt, (changes, recordedAt) -> {
            List<Instant> playedAt = jdbc.query("""
                    UPDATE lb_game_session SET accepted = ? WHERE student_id = ? AND game = ? AND session_id = ?
                    RETURNING played_at
                    """, (rs, row) -> rs.getTimestamp(1).toInstant(), accepted, studentId, game.name(), sessionId);
            if (playedAt.isEmpty()) {
                throw new IllegalStateException("A verdict on session " + sessionId + " of " + studentId
                        + " arrived before its score");
            }
            Set<String> scopes = scopes(studentId);
            boolean listed = listed(studentId);
            Map<String, Entry> outcome = new HashMap<>();
            for (Period period : Periods.of(playedAt.get(0))) {
                Entry best = best(studentId, game, period, listed);
                List<String> boards = boards(Board.game(game.name()), scopes, List.of(period));
                changes.entries(studentId, boards);
                boards.forEach(board -> outcome.put(board, best));
            }
            changes.stage(studentId, outcome, recordedAt);
        });
    }

    private Entry best(String studentId, Game game, Period period, boolean listed) {
        Timestamp start = period.start() == null ? null : Timestamp.from(period.start());
        Timestamp end = period.end() == null ? null : Timestamp.from(period.end());
        List<Entry> best = jdbc.query("""
                SELECT score, played_at FROM lb_game_session
                WHERE student_id = ? AND game = ? AND accepted
                  AND (CAST(? AS TIMESTAMPTZ) IS NULL OR played_at >= ?) AND (CAST(? AS TIMESTAMPTZ) IS NULL OR played_at < ?)
                ORDER BY score DESC, played_at LIMIT 1
                """, (rs, row) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), listed), studentId,
                game.name(), start, start, end, end);
        return best.isEmpty() ? null : best.get(0);
    }

    /** After joining scopes: the student's global entries are copied onto the boards of the new scopes. */
    private void joined(BoardChanges changes, String studentId, Set<String> before, Instant recordedAt) {
        Set<String> added = new LinkedHashSet<>(scopes(studentId));
        added.removeAll(before);
        if (added.isEmpty()) {
            return;
        }
        Map<String, Entry> outcome = new HashMap<>();
        Map<String, Entry> all = changes.allEntries(studentId);
        all.forEach((key, entry) -> {
            Board board = Board.parse(key);
            if (board.scope().equals(Board.GLOBAL)) {
                added.forEach(scope -> outcome.put(board.in(scope).key(), entry));
            }
        });
        changes.entries(studentId, outcome.keySet());
        changes.stage(studentId, outcome, recordedAt);
    }

    private static List<String> boards(String metric, Set<String> scopes, List<Period> periods) {
        List<String> boards = new ArrayList<>();
        for (Period period : periods) {
            boards.add(new Board(metric, Board.GLOBAL, period.key()).key());
            scopes.forEach(scope -> boards.add(new Board(metric, scope, period.key()).key()));
        }
        return boards;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * Runs a handler's work on the unit of work's changes, written when the batch commits, with the time the event
     * being handled was recorded (its message's timestamp: the entries it changes get versions valid from then).
     * Outside a unit of work (a handler called directly) the changes are written at once and {@code eventTime},
     * the event's own time, stands for the recorded time.
     */
    private void inBatch(Instant eventTime, BiConsumer<BoardChanges, Instant> work) {
        if (!CurrentUnitOfWork.isStarted()) {
            BoardChanges changes = new BoardChanges(writer);
            work.accept(changes, eventTime);
            changes.flush();
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        Instant recordedAt = unitOfWork.getMessage() instanceof EventMessage<?> message ? message.getTimestamp()
                : eventTime;
        UnitOfWork<?> root = unitOfWork.root();
        BoardChanges changes = root.getOrComputeResource(CHANGES, key -> {
            BoardChanges fresh = new BoardChanges(writer);
            root.onPrepareCommit(done -> fresh.flush());
            return fresh;
        });
        work.accept(changes, recordedAt);
    }
}
