package uz.daftar.command.olympiad;

import uz.daftar.events.olympiad.OlympiadQuestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a submission is graded. {@value #V1}: an answer is correct iff it equals the question's key after trimming
 * both and ignoring case; a correct answer earns the question's points, a wrong or missing one earns nothing.
 */
public final class Grading {

    public static final String V1 = "olympiad-grading.v1";

    private Grading() {
    }

    public static Result grade(List<OlympiadQuestion> questions, Map<String, String> answers) {
        int score = 0;
        int maxScore = 0;
        List<String> correct = new ArrayList<>();
        for (OlympiadQuestion question : questions) {
            maxScore += question.points();
            String answer = answers.get(question.questionId());
            if (answer != null && answer.strip().equalsIgnoreCase(question.answerKey().strip())) {
                score += question.points();
                correct.add(question.questionId());
            }
        }
        return new Result(score, maxScore, List.copyOf(correct));
    }

    /** A graded submission: points earned, points possible, and the questions answered correctly in order. */
    public record Result(int score, int maxScore, List<String> correctQuestionIds) {
    }
}
