package uz.daftar.query.reading;

import uz.daftar.projections.reading.ReadingAttemptRow;

import java.util.List;

/** A student's reading attempts: status, scores (by the speech service or a teacher) and whether audio is kept. */
public record ReadingAttemptsView(String studentId, List<ReadingAttemptRow> attempts) {
}
