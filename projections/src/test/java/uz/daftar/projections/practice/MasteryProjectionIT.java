package uz.daftar.projections.practice;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uz.daftar.events.practice.MasteryLevel;
import uz.daftar.events.practice.SkillPracticed;
import uz.daftar.projections.ReadModelDatabase;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The mastery map, by calling the projection's handlers directly against a real PostgreSQL. A skill's answers are a
 * counter: a redelivered {@link SkillPracticed} would count twice, so the projection relies on Axon committing its
 * token in the same transaction as the rows.
 */
class MasteryProjectionIT {

    private static final Instant T = Instant.parse("2026-11-23T06:00:00Z");
    private static final String STUDENT = "stu-a";

    private static ReadModelDatabase database;
    private static MasteryProjection projection;
    private static MasteryReader reader;

    @BeforeAll
    static void startPostgres() throws IOException, SQLException {
        database = ReadModelDatabase.start();
        projection = new MasteryProjection(database.jdbc());
        reader = new MasteryReader(database.jdbc());
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        database.close();
    }

    @BeforeEach
    void emptyMastery() {
        projection.reset();
    }

    @Test
    void theLatestPracticeSetsTheLevelAndRunAndEveryPracticeCountsAsAnAnswer() {
        projection.on(practiced(STUDENT, "fractions", null, MasteryLevel.ATTEMPTED, 1, "mastery.v1", T));
        projection.on(practiced(STUDENT, "fractions", MasteryLevel.ATTEMPTED, MasteryLevel.FAMILIAR, 2, "mastery.v1",
                T.plusSeconds(60)));
        projection.on(practiced(STUDENT, "fractions", MasteryLevel.FAMILIAR, MasteryLevel.FAMILIAR, 0, "mastery.v2",
                T.plusSeconds(120)));

        assertThat(reader.mastery(STUDENT)).containsExactly(
                new SkillMasteryRow("fractions", "FAMILIAR", 0, 3, "mastery.v2", T.plusSeconds(120)));
    }

    @Test
    void eachSkillIsItsOwnRowReadInSkillOrder() {
        projection.on(practiced(STUDENT, "fractions", null, MasteryLevel.ATTEMPTED, 1, "mastery.v1", T));
        projection.on(practiced(STUDENT, "addition", null, MasteryLevel.ATTEMPTED, 0, "mastery.v1", T));
        projection.on(practiced(STUDENT, "addition", MasteryLevel.ATTEMPTED, MasteryLevel.ATTEMPTED, 1, "mastery.v1", T));

        assertThat(reader.mastery(STUDENT)).extracting(SkillMasteryRow::skill, SkillMasteryRow::answers)
                .containsExactly(tuple("addition", 2L),
                        tuple("fractions", 1L));
    }

    @Test
    void severalStudentsMapsAreReadByStudentAndAStudentWithoutPracticeHasNone() {
        projection.on(practiced(STUDENT, "fractions", null, MasteryLevel.ATTEMPTED, 1, "mastery.v1", T));
        projection.on(practiced("stu-b", "fractions", null, MasteryLevel.ATTEMPTED, 0, "mastery.v1", T));
        projection.on(practiced("stu-b", "addition", null, MasteryLevel.ATTEMPTED, 1, "mastery.v1", T));

        var maps = reader.masteryOf(List.of(STUDENT, "stu-b", "stu-idle"));

        assertThat(maps).containsOnlyKeys(STUDENT, "stu-b");
        assertThat(maps.get(STUDENT)).extracting(SkillMasteryRow::correctInARow).containsExactly(1);
        assertThat(maps.get("stu-b")).extracting(SkillMasteryRow::skill).containsExactly("addition", "fractions");
        assertThat(reader.mastery("stu-idle")).isEmpty();
    }

    private static SkillPracticed practiced(String studentId, String skill, MasteryLevel previous, MasteryLevel level,
                                            int correctInARow, String ruleVersion, Instant at) {
        return new SkillPracticed(studentId, skill, previous, level, correctInARow, ruleVersion,
                "ans-" + at.toEpochMilli(), at);
    }
}
