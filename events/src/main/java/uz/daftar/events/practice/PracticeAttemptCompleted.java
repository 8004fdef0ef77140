package uz.daftar.events.practice;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Map;

/**
 * A student finished a practice attempt with {@code answers} answers, {@code correctAnswers} of them right. A typing
 * exercise also reports its words per minute, accuracy (percent of keystrokes right) and errors per key; the
 * other activities leave those null.
 */
@Revision("1")
public record PracticeAttemptCompleted(String attemptId,
                                       String studentId,
                                       PracticeActivity activity,
                                       int answers,
                                       int correctAnswers,
                                       Integer wordsPerMinute,
                                       Integer accuracyPercent,
                                       Map<String, Integer> keyErrors,
                                       Instant completedAt) {
}
