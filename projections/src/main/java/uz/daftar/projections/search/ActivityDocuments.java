package uz.daftar.projections.search;

import uz.daftar.events.learner.GuardianLinked;
import uz.daftar.events.learner.StudentEnrolled;
import uz.daftar.events.learner.StudentRegistered;
import uz.daftar.events.practice.PracticeAnswerRecorded;
import uz.daftar.events.progress.XpAwarded;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** What each event looks like in the activity index, with a sentence a person can read. */
final class ActivityDocuments {

    private ActivityDocuments() {
    }

    static Map<String, Object> of(StudentRegistered event) {
        Map<String, Object> doc = base("StudentRegistered", event.studentId(), event.registeredAt().toString());
        doc.put("description", "Joined Daftar (language " + event.language() + ", time zone " + event.timeZone()
                + ").");
        return doc;
    }

    static Map<String, Object> of(GuardianLinked event) {
        Map<String, Object> doc = base("GuardianLinked", event.studentId(), event.linkedAt().toString());
        doc.put("guardianId", event.guardianId());
        doc.put("description", "A parent account started following this student.");
        return doc;
    }

    static Map<String, Object> of(StudentEnrolled event) {
        Map<String, Object> doc = base("StudentEnrolled", event.studentId(), event.enrolledAt().toString());
        doc.put("classId", event.classId());
        doc.put("centreId", event.centreId());
        doc.put("description", "Joined class " + event.classId() + " at learning centre " + event.centreId() + ".");
        return doc;
    }

    static Map<String, Object> of(PracticeAnswerRecorded event) {
        Map<String, Object> doc = base("PracticeAnswerRecorded", event.studentId(), event.answeredAt().toString());
        doc.put("activity", event.activity().name());
        doc.put("skill", event.skill());
        doc.put("itemId", event.itemId());
        doc.put("correct", event.correct());
        doc.put("timeTakenMillis", event.timeTakenMillis());
        doc.put("description", "Answered " + event.itemId() + " (" + event.skill() + ") "
                + (event.correct() ? "correctly" : "incorrectly") + " in "
                + String.format(java.util.Locale.ROOT, "%.1f", event.timeTakenMillis() / 1000.0) + " s.");
        return doc;
    }

    static Map<String, Object> of(XpAwarded event) {
        Map<String, Object> doc = base("XpAwarded", event.studentId(), event.occurredAt().toString());
        doc.put("xp", event.amount());
        doc.put("ruleVersion", event.ruleVersion());
        doc.put("description", "Earned " + event.amount() + " XP for " + event.sourceType() + " "
                + event.sourceEventId() + " under rule " + event.ruleVersion() + "; " + event.totalXp()
                + " XP in total.");
        return doc;
    }

    static Map<String, Object> note(String type, String studentId, Instant at, String description) {
        Map<String, Object> doc = base(type, studentId, at.toString());
        doc.put("description", description);
        return doc;
    }

    static Map<String, Object> coins(String type, String studentId, Instant at, String entryId, long coins,
                                     String description) {
        Map<String, Object> doc = base(type, studentId, at.toString());
        doc.put("entryId", entryId);
        doc.put("coins", coins);
        doc.put("description", description);
        return doc;
    }

    static Map<String, Object> withEnvelope(Map<String, Object> fields, String eventId, long sequence) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("eventId", eventId);
        doc.put("sequence", sequence);
        doc.putAll(fields);
        return doc;
    }

    private static Map<String, Object> base(String type, String studentId, String occurredAt) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("type", type);
        doc.put("studentId", studentId);
        doc.put("occurredAt", occurredAt);
        return doc;
    }
}
