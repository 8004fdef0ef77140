package uz.daftar.query.digest;

import java.time.LocalDate;
import java.util.List;

/**
 * A student's week in short: the ISO {@code week} (Monday {@code from} to Sunday {@code to} in {@code timeZone}), its
 * facts next to the week before, and encouraging sentences written from them under {@code rule}.
 */
public record WeeklyDigestView(String studentId,
                               String week,
                               LocalDate from,
                               LocalDate to,
                               String timeZone,
                               DigestFacts facts,
                               String rule,
                               List<String> sentences) {
}
