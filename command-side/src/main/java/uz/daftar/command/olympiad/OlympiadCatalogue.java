package uz.daftar.command.olympiad;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uz.daftar.events.olympiad.OlympiadCancelled;
import uz.daftar.events.olympiad.OlympiadCreated;
import uz.daftar.events.olympiad.OlympiadPublished;
import uz.daftar.events.olympiad.OlympiadQuestion;
import uz.daftar.events.olympiad.OlympiadSchedule;
import uz.daftar.events.olympiad.PrizeBand;
import uz.daftar.events.olympiad.StandingsFrozen;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The olympiads' terms in the command side's {@code olympiad_catalogue}, {@code olympiad_question} and
 * {@code olympiad_prize_band} tables, kept by a subscribing processor in the transaction of the olympiad's events.
 */
@Component
@ProcessingGroup(OlympiadCatalogue.PROCESSING_GROUP)
public class OlympiadCatalogue implements OlympiadTerms {

    public static final String PROCESSING_GROUP = "olympiad-catalogue";

    private final JdbcTemplate jdbc;

    OlympiadCatalogue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Terms> find(String olympiadId) {
        List<OlympiadQuestion> questions = jdbc.query("SELECT question_id, points, answer_key FROM olympiad_question "
                        + "WHERE olympiad_id = ? ORDER BY position",
                (rs, row) -> new OlympiadQuestion(rs.getString(1), rs.getInt(2), rs.getString(3)), olympiadId);
        List<PrizeBand> prizes = jdbc.query("SELECT from_rank, to_rank, coins FROM olympiad_prize_band "
                        + "WHERE olympiad_id = ? ORDER BY from_rank",
                (rs, row) -> new PrizeBand(rs.getInt(1), rs.getInt(2), rs.getLong(3)), olympiadId);
        return jdbc.query("SELECT * FROM olympiad_catalogue WHERE olympiad_id = ?", (rs, row) -> new Terms(
                        olympiadId, Status.valueOf(rs.getString("status")), new OlympiadSchedule(
                        instant(rs.getTimestamp("registration_opens")), instant(rs.getTimestamp("registration_closes")),
                        instant(rs.getTimestamp("start_opens")), instant(rs.getTimestamp("start_closes")),
                        rs.getLong("duration_seconds"), instant(rs.getTimestamp("final_deadline"))),
                        rs.getLong("entry_fee"), questions, prizes), olympiadId)
                .stream().findFirst();
    }

    @Override
    public List<String> dueForFreeze(Instant at) {
        return jdbc.queryForList("SELECT olympiad_id FROM olympiad_catalogue WHERE status = 'PUBLISHED' "
                + "AND final_deadline <= ? ORDER BY final_deadline", String.class, Timestamp.from(at));
    }

    @EventHandler
    void on(OlympiadCreated event) {
        OlympiadSchedule schedule = event.schedule();
        int inserted = jdbc.update("INSERT INTO olympiad_catalogue (olympiad_id, status, registration_opens, "
                        + "registration_closes, start_opens, start_closes, duration_seconds, final_deadline, entry_fee) "
                        + "VALUES (?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", event.olympiadId(),
                Timestamp.from(schedule.registrationOpens()), Timestamp.from(schedule.registrationCloses()),
                Timestamp.from(schedule.startOpens()), Timestamp.from(schedule.startCloses()),
                schedule.durationSeconds(), Timestamp.from(schedule.finalDeadline()), event.entryFee());
        if (inserted == 0) {
            return;
        }
        for (int i = 0; i < event.questions().size(); i++) {
            OlympiadQuestion question = event.questions().get(i);
            jdbc.update("INSERT INTO olympiad_question (olympiad_id, position, question_id, points, answer_key) "
                    + "VALUES (?, ?, ?, ?, ?)", event.olympiadId(), i, question.questionId(), question.points(),
                    question.answerKey());
        }
        for (PrizeBand band : event.prizes()) {
            jdbc.update("INSERT INTO olympiad_prize_band (olympiad_id, from_rank, to_rank, coins) VALUES (?, ?, ?, ?)",
                    event.olympiadId(), band.fromRank(), band.toRank(), band.coins());
        }
    }

    @EventHandler
    void on(OlympiadPublished event) {
        status(event.olympiadId(), Status.PUBLISHED);
    }

    @EventHandler
    void on(OlympiadCancelled event) {
        status(event.olympiadId(), Status.CANCELLED);
    }

    @EventHandler
    void on(StandingsFrozen event) {
        status(event.olympiadId(), Status.FROZEN);
    }

    private void status(String olympiadId, Status status) {
        jdbc.update("UPDATE olympiad_catalogue SET status = ? WHERE olympiad_id = ?", status.name(), olympiadId);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp.toInstant();
    }
}
