package uz.daftar.projections.search;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uz.daftar.events.learner.LearningCentreRegistered;
import uz.daftar.events.learner.StudentEnrolled;
import uz.daftar.events.learner.StudentRegistered;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * What the activity indexer knows about students besides the event in hand (tables of V11__activity_lookups.sql):
 * each student's birth year, enrolments and the regions of centres. Written and cleared by {@link ActivityIndexer}
 * only, in its batch's transaction, so a batch that fails leaves them as they were.
 * <p>
 * A student's region at a moment is the region of the centre of their earliest enrolment (by enrolment time, then
 * class id) made by that moment, among centres whose registration has been seen: a student in centres of two
 * regions is counted in the region they joined first, for good, and an event from before any enrolment has no
 * region. The enrolment and the centre's registration may arrive in either order; the tables end up the same.
 */
@Component
class ActivityLookups {

    private final JdbcTemplate jdbc;

    ActivityLookups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void remember(Object event) {
        if (event instanceof StudentRegistered e) {
            jdbc.update("INSERT INTO activity_student (student_id, birth_year) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    e.studentId(), e.birthYear());
        } else if (event instanceof StudentEnrolled e) {
            jdbc.update("""
                    INSERT INTO activity_enrolment (student_id, class_id, centre_id, enrolled_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT DO NOTHING
                    """, e.studentId(), e.classId(), e.centreId(), Timestamp.from(e.enrolledAt()));
        } else if (event instanceof LearningCentreRegistered e) {
            jdbc.update("INSERT INTO activity_centre (centre_id, region) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    e.centreId(), e.region());
        }
    }

    /** Where {@code studentId} stood at {@code at}, as far as the events handled so far tell. */
    StudentStanding standing(String studentId, Instant at) {
        return jdbc.query("""
                SELECT (SELECT s.birth_year FROM activity_student s WHERE s.student_id = ?) AS birth_year,
                       (SELECT c.region FROM activity_enrolment e JOIN activity_centre c ON c.centre_id = e.centre_id
                        WHERE e.student_id = ? AND e.enrolled_at <= ?
                        ORDER BY e.enrolled_at, e.class_id LIMIT 1) AS region
                """, rs -> {
            rs.next();
            return new StudentStanding(rs.getString("region"), rs.getObject("birth_year", Integer.class));
        }, studentId, studentId, Timestamp.from(at));
    }

    void clear() {
        jdbc.update("TRUNCATE activity_student, activity_enrolment, activity_centre");
    }
}
