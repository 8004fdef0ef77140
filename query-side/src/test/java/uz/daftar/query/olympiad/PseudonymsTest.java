package uz.daftar.query.olympiad;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class PseudonymsTest {

    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    static final String OTHER_KEY = Base64.getEncoder().encodeToString("another deployment's master key".getBytes());

    private final Pseudonyms pseudonyms = new Pseudonyms(KEY);

    @Test
    void aStudentKeepsTheSamePseudonymInAnOlympiad() {
        assertThat(pseudonyms.of("olymp-1", "stu-1")).isEqualTo(new Pseudonyms(KEY).of("olymp-1", "stu-1"));
    }

    @Test
    void aPseudonymIsAPlayerNumberThatDoesNotShowTheId() {
        String pseudonym = pseudonyms.of("olymp-1", "stu-5b1e0c");

        assertThat(pseudonym).matches("Player [0-9A-F]{8}").doesNotContain("5b1e0c").doesNotContain("5B1E0C");
    }

    @Test
    void studentsGetDifferentPseudonyms() {
        assertThat(pseudonyms.of("olymp-1", "stu-1")).isNotEqualTo(pseudonyms.of("olymp-1", "stu-2"));
    }

    @Test
    void aStudentCannotBeFollowedAcrossOlympiads() {
        assertThat(pseudonyms.of("olymp-1", "stu-1")).isNotEqualTo(pseudonyms.of("olymp-2", "stu-1"));
    }

    @Test
    void withoutTheKeyTheIdCannotBeRecomputedFromThePseudonym() {
        assertThat(new Pseudonyms(OTHER_KEY).of("olymp-1", "stu-1")).isNotEqualTo(pseudonyms.of("olymp-1", "stu-1"));
    }
}
