package uz.daftar.query.reading;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uz.daftar.projections.learner.RosterReader;
import uz.daftar.projections.reading.ReadingReader;

@Component
class ReadingQueryHandler {

    private final ReadingReader readings;
    private final RosterReader roster;

    ReadingQueryHandler(ReadingReader readings, RosterReader roster) {
        this.readings = readings;
        this.roster = roster;
    }

    @QueryHandler
    ClassReadingAttemptsView handle(FindClassReadingAttemptsQuery query) {
        return new ClassReadingAttemptsView(query.classId(), readings.attemptsOf(roster.studentsOf(query.classId()),
                query.status(), query.limit()));
    }

    @QueryHandler
    ReadingAttemptsView handle(FindReadingAttemptsQuery query) {
        return new ReadingAttemptsView(query.studentId(), readings.attempts(query.studentId(), query.limit()));
    }
}
