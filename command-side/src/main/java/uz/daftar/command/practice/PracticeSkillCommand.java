package uz.daftar.command.practice;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;
import uz.daftar.events.reading.ReadingAssessed;

import java.time.Instant;

/**
 * Count one practice answer towards the student's mastery of its skill. An assessed reading counts as one answer
 * to the skill {@code reading:<language>}, correct from a pronunciation score of {@value #READING_PASS}.
 */
public record PracticeSkillCommand(String studentId, String skill, String answerId, boolean correct,
                                   Instant answeredAt) {

    public static final double READING_PASS = 70;

    public static PracticeSkillCommand forReading(ReadingAssessed reading) {
        return new PracticeSkillCommand(reading.studentId(), "reading:" + reading.language(),
                "reading:" + reading.attemptId(), reading.pronunciation() >= READING_PASS, reading.assessedAt());
    }

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.skills(studentId);
    }
}
