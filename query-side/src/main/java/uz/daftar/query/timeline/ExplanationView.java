package uz.daftar.query.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Why a number on the dashboard is what it is. {@code value} is the number the dashboard shows; {@code total} is the
 * sum of the amounts of all {@code entryCount} entries behind it, in {@code unit}, and {@code rule} says how the total
 * makes the value (they are equal for every figure but {@code practiceMinutes}, shown in whole minutes of a total in
 * milliseconds). {@code ruleVersions} are the versioned rules the entries record. {@code entries} is one page of them,
 * newest first; {@code next} is the cursor of the following page, null on the last.
 */
public record ExplanationView(String studentId,
                              String figure,
                              long value,
                              long total,
                              String unit,
                              String rule,
                              List<String> ruleVersions,
                              long entryCount,
                              List<Entry> entries,
                              String next) {

    /**
     * One event behind the number and what it adds to it; {@code day} is the day it made count, for streaks (a
     * freeze that covered two days is two entries).
     */
    public record Entry(String eventId, Instant occurredAt, String kind, long amount, String description,
                        String ruleVersion, String sourceId, LocalDate day) {
    }
}
