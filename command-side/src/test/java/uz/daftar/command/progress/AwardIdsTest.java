package uz.daftar.command.progress;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AwardIdsTest {

    @Test
    void theSameCauseUnderTheSameRuleAlwaysYieldsTheSameId() {
        assertThat(AwardIds.of("xp", "ans-1", "v1")).isEqualTo(AwardIds.of("xp", "ans-1", "v1"));
    }

    @Test
    void aDifferentRuleVersionYieldsADifferentId() {
        assertThat(AwardIds.of("xp", "ans-1", "v1")).isNotEqualTo(AwardIds.of("xp", "ans-1", "v2"));
    }

    @Test
    void aDifferentCauseYieldsADifferentId() {
        assertThat(AwardIds.of("xp", "ans-1", "v1")).isNotEqualTo(AwardIds.of("xp", "ans-2", "v1"));
    }

    @Test
    void aDifferentKindOfAwardYieldsADifferentId() {
        assertThat(AwardIds.of("xp", "ans-1", "v1")).isNotEqualTo(AwardIds.of("coins", "ans-1", "v1"));
    }

    @Test
    void theDerivationNeverChangesBecauseStoredAwardsDependOnIt() {
        String id = AwardIds.of("xp", "answer-1", XpRule.PRACTICE_ANSWER_V1);

        assertThat(id).isEqualTo("d50aeedd-b853-3c3c-9d3c-8405c09cab62");
        assertThat(UUID.fromString(id).version()).isEqualTo(3);
    }
}
