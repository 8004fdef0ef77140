package uz.daftar.query.reading;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uz.daftar.projections.reading.ReadingReader;

@Component
class ReadingQueryHandler {

    private final ReadingReader readings;

    ReadingQueryHandler(ReadingReader readings) {
        this.readings = readings;
    }

    @QueryHandler
    ReadingAttemptsView handle(FindReadingAttemptsQuery query) {
        return new ReadingAttemptsView(query.studentId(), readings.attempts(query.studentId(), query.limit()));
    }
}
