package uz.daftar.command.olympiad;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.daftar.command.olympiad.OlympiadTestEvents.QUESTIONS;

class GradingTest {

    @Test
    void aCorrectAnswerEarnsItsPointsIgnoringCaseAndSurroundingSpaces() {
        Grading.Result result = Grading.grade(QUESTIONS, Map.of("q1", " 42 ", "q2", "b"));

        assertThat(result).isEqualTo(new Grading.Result(8, 8, List.of("q1", "q2")));
    }

    @Test
    void wrongAndMissingAnswersEarnNothingButCountInTheMaximum() {
        Grading.Result result = Grading.grade(QUESTIONS, Map.of("q1", "4 2"));

        assertThat(result).isEqualTo(new Grading.Result(0, 8, List.of()));
    }
}
