package uz.daftar.command.practice;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uz.daftar.events.practice.MasteryLevel;
import uz.daftar.events.practice.SkillPracticed;

import java.time.Instant;

import static uz.daftar.command.TestEvents.STUDENT;
import static uz.daftar.events.practice.MasteryLevel.ATTEMPTED;
import static uz.daftar.events.practice.MasteryLevel.FAMILIAR;
import static uz.daftar.events.practice.MasteryLevel.MASTERED;
import static uz.daftar.events.practice.MasteryLevel.PROFICIENT;

class StudentSkillsTest {

    static final String SKILL = "math.add-10";
    static final Instant AT = Instant.parse("2025-09-03T10:00:00Z");

    private FixtureConfiguration<StudentSkills> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StudentSkills.class);
    }

    static PracticeSkillCommand practise(String answerId, boolean correct) {
        return new PracticeSkillCommand(STUDENT, SKILL, answerId, correct, AT);
    }

    static SkillPracticed practised(String answerId, MasteryLevel previous, MasteryLevel level, int run) {
        return new SkillPracticed(STUDENT, SKILL, previous, level, run, MasteryRule.V1, answerId, AT);
    }

    @Test
    void theFirstAnswerAtASkillMakesItAttempted() {
        fixture.givenNoPriorActivity()
               .when(practise("a1", true))
               .expectEvents(practised("a1", null, ATTEMPTED, 1));
    }

    @Test
    void threeCorrectInARowRaiseTheLevel() {
        fixture.given(practised("a1", null, ATTEMPTED, 1), practised("a2", ATTEMPTED, ATTEMPTED, 2))
               .when(practise("a3", true))
               .expectEvents(practised("a3", ATTEMPTED, FAMILIAR, 3));
    }

    @Test
    void aMissLowersTheLevelAndStartsTheRunAgain() {
        fixture.given(practised("a1", FAMILIAR, PROFICIENT, 6))
               .when(practise("a2", false))
               .expectEvents(practised("a2", PROFICIENT, FAMILIAR, 0));
    }

    @Test
    void aMissNeverGoesBelowAttempted() {
        fixture.given(practised("a1", null, ATTEMPTED, 0))
               .when(practise("a2", false))
               .expectEvents(practised("a2", ATTEMPTED, ATTEMPTED, 0));
    }

    @Test
    void masteredIsTheTop() {
        fixture.given(practised("a1", PROFICIENT, MASTERED, 11))
               .when(practise("a2", true))
               .expectEvents(practised("a2", MASTERED, MASTERED, 12));
    }

    @Test
    void anAnswerCountsOnce() {
        fixture.given(practised("a1", null, ATTEMPTED, 1))
               .when(practise("a1", true))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }
}
