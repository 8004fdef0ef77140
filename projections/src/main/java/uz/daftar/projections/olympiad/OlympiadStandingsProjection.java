package uz.daftar.projections.olympiad;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uz.daftar.events.olympiad.OlympiadCancelled;
import uz.daftar.events.olympiad.OlympiadCreated;
import uz.daftar.events.olympiad.OlympiadPublished;
import uz.daftar.events.olympiad.OlympiadQuestion;
import uz.daftar.events.olympiad.OlympiadSchedule;
import uz.daftar.events.olympiad.OlympiadSubmitted;
import uz.daftar.events.olympiad.ParticipantRegistered;
import uz.daftar.events.olympiad.ParticipationCancelled;
import uz.daftar.events.olympiad.ParticipationStarted;
import uz.daftar.events.olympiad.StandingsFrozen;
import uz.daftar.events.olympiad.StandingsPageFrozen;
import uz.daftar.events.olympiad.SubmissionGraded;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.TreeMap;

/**
 * Olympiads, their participants with live scores, and their frozen standings. An olympiad's own stream, its
 * standings stream and each participation's stream may arrive in any order relative to each other: every handler
 * is an upsert of the columns its event decides, so the rows come out the same. Answer keys and answers are never
 * stored: of the questions only their number and total points are kept.
 */
@Component
@ProcessingGroup(OlympiadStandingsProjection.PROCESSING_GROUP)
public class OlympiadStandingsProjection {

    public static final String PROCESSING_GROUP = "olympiad-standings";

    private final JdbcTemplate jdbc;

    OlympiadStandingsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OlympiadCreated event) {
        OlympiadSchedule schedule = event.schedule();
        jdbc.update("""
                INSERT INTO olympiad AS o (olympiad_id, titles, subject, min_age, max_age, registration_opens,
                    registration_closes, start_opens, start_closes, duration_seconds, final_deadline, entry_fee,
                    question_count, max_score, prizes, created_at)
                VALUES (?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
                ON CONFLICT (olympiad_id) DO UPDATE SET titles = EXCLUDED.titles, subject = EXCLUDED.subject,
                    min_age = EXCLUDED.min_age, max_age = EXCLUDED.max_age,
                    registration_opens = EXCLUDED.registration_opens, registration_closes = EXCLUDED.registration_closes,
                    start_opens = EXCLUDED.start_opens, start_closes = EXCLUDED.start_closes,
                    duration_seconds = EXCLUDED.duration_seconds, final_deadline = EXCLUDED.final_deadline,
                    entry_fee = EXCLUDED.entry_fee, question_count = EXCLUDED.question_count,
                    max_score = EXCLUDED.max_score, prizes = EXCLUDED.prizes, created_at = EXCLUDED.created_at
                """, event.olympiadId(), OlympiadJson.write(new TreeMap<>(event.titles())), event.subject(),
                event.minAge(), event.maxAge(), at(schedule.registrationOpens()), at(schedule.registrationCloses()),
                at(schedule.startOpens()), at(schedule.startCloses()), schedule.durationSeconds(),
                at(schedule.finalDeadline()), event.entryFee(), event.questions().size(),
                event.questions().stream().mapToInt(OlympiadQuestion::points).sum(),
                OlympiadJson.write(event.prizes()), at(event.createdAt()));
    }

    @EventHandler
    void on(OlympiadPublished event) {
        jdbc.update("INSERT INTO olympiad (olympiad_id, published_at) VALUES (?, ?) "
                + "ON CONFLICT (olympiad_id) DO UPDATE SET published_at = EXCLUDED.published_at",
                event.olympiadId(), at(event.publishedAt()));
    }

    @EventHandler
    void on(OlympiadCancelled event) {
        jdbc.update("INSERT INTO olympiad (olympiad_id, cancelled_at, cancel_reason) VALUES (?, ?, ?) "
                + "ON CONFLICT (olympiad_id) DO UPDATE SET cancelled_at = EXCLUDED.cancelled_at, "
                + "cancel_reason = EXCLUDED.cancel_reason", event.olympiadId(), at(event.cancelledAt()), event.reason());
    }

    @EventHandler
    void on(StandingsFrozen event) {
        jdbc.update("""
                INSERT INTO olympiad (olympiad_id, frozen_at, frozen_participants, frozen_pages, ranking_rule,
                    prize_rule, ranking_digest)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (olympiad_id) DO UPDATE SET frozen_at = EXCLUDED.frozen_at,
                    frozen_participants = EXCLUDED.frozen_participants, frozen_pages = EXCLUDED.frozen_pages,
                    ranking_rule = EXCLUDED.ranking_rule, prize_rule = EXCLUDED.prize_rule,
                    ranking_digest = EXCLUDED.ranking_digest
                """, event.olympiadId(), at(event.frozenAt()), event.participants(), event.pages(),
                event.rankingRule(), event.prizeRule(), event.rankingDigest());
    }

    @EventHandler
    void on(StandingsPageFrozen event) {
        jdbc.batchUpdate("""
                INSERT INTO olympiad_result (olympiad_id, rank, student_id, score, submitted_at, prize_coins)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                """, event.entries(), 500, (statement, entry) -> {
            statement.setString(1, event.olympiadId());
            statement.setInt(2, entry.rank());
            statement.setString(3, entry.studentId());
            statement.setInt(4, entry.score());
            statement.setTimestamp(5, at(entry.submittedAt()));
            statement.setLong(6, entry.prizeCoins());
        });
    }

    @EventHandler
    void on(ParticipantRegistered event) {
        jdbc.update("""
                INSERT INTO olympiad_participant (olympiad_id, student_id, registered_at, entry_fee) VALUES (?, ?, ?, ?)
                ON CONFLICT (olympiad_id, student_id) DO UPDATE SET registered_at = EXCLUDED.registered_at,
                    entry_fee = EXCLUDED.entry_fee
                """, event.olympiadId(), event.studentId(), at(event.registeredAt()), event.entryFee());
    }

    @EventHandler
    void on(ParticipationStarted event) {
        jdbc.update("""
                INSERT INTO olympiad_participant (olympiad_id, student_id, started_at, personal_deadline)
                VALUES (?, ?, ?, ?)
                ON CONFLICT (olympiad_id, student_id) DO UPDATE SET started_at = EXCLUDED.started_at,
                    personal_deadline = EXCLUDED.personal_deadline
                """, event.olympiadId(), event.studentId(), at(event.startedAt()), at(event.personalDeadline()));
    }

    @EventHandler
    void on(OlympiadSubmitted event) {
        jdbc.update("""
                INSERT INTO olympiad_participant (olympiad_id, student_id, submitted_at, forced) VALUES (?, ?, ?, ?)
                ON CONFLICT (olympiad_id, student_id) DO UPDATE SET submitted_at = EXCLUDED.submitted_at,
                    forced = EXCLUDED.forced
                """, event.olympiadId(), event.studentId(), at(event.submittedAt()), event.forced());
    }

    @EventHandler
    void on(SubmissionGraded event) {
        jdbc.update("""
                INSERT INTO olympiad_participant (olympiad_id, student_id, submitted_at, score, max_score)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (olympiad_id, student_id) DO UPDATE SET submitted_at = EXCLUDED.submitted_at,
                    score = EXCLUDED.score, max_score = EXCLUDED.max_score
                """, event.olympiadId(), event.studentId(), at(event.submittedAt()), event.score(), event.maxScore());
    }

    @EventHandler
    void on(ParticipationCancelled event) {
        jdbc.update("INSERT INTO olympiad_participant (olympiad_id, student_id, cancelled_at) VALUES (?, ?, ?) "
                        + "ON CONFLICT (olympiad_id, student_id) DO UPDATE SET cancelled_at = EXCLUDED.cancelled_at",
                event.olympiadId(), event.studentId(), at(event.cancelledAt()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE olympiad, olympiad_participant, olympiad_result");
    }

    private static Timestamp at(Instant instant) {
        return Timestamp.from(instant);
    }
}
