package uz.daftar.query.reading;

import uz.daftar.projections.reading.ReadingAttemptRow;

import java.util.List;

/** The reading attempts of a class's students, for its teacher: those SUBMITTED wait for a score. */
public record ClassReadingAttemptsView(String classId, List<ReadingAttemptRow> attempts) {
}
