package uz.daftar.platform.trust;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckpointKeysTest {

    private static final String[] PAIR = CheckpointKeys.generate();
    private static final CheckpointKeys KEYS = CheckpointKeys.of(PAIR[0], PAIR[1]);
    private static final ChainLink HEAD = ChainLink.after(null, ChainLink.STORE,
            TrustEvents.guardianLinked(12, "e-12", "s-1", 1));

    @Test
    void aCheckpointSignsItsNumberPositionGlobalIndexAndChainHash() {
        Checkpoint checkpoint = KEYS.checkpoint(3, HEAD);

        assertThat(KEYS.verifies(checkpoint.signedBytes(), checkpoint.signature())).isTrue();
        assertThat(KEYS.verifies(Checkpoint.signedBytes(4, 1, 12, HEAD.chainHash()), checkpoint.signature()))
                .isFalse();
        assertThat(KEYS.verifies(Checkpoint.signedBytes(3, 1, 13, HEAD.chainHash()), checkpoint.signature()))
                .isFalse();
        assertThat(KEYS.verifies(Checkpoint.signedBytes(3, 1, 12, Hashes.GENESIS), checkpoint.signature()))
                .isFalse();
    }

    @Test
    void theSameCheckpointAlwaysHasTheSameSignature() {
        assertThat(KEYS.checkpoint(3, HEAD).signature()).isEqualTo(KEYS.checkpoint(3, HEAD).signature());
    }

    @Test
    void anotherKeysSignatureDoesNotVerify() {
        String[] other = CheckpointKeys.generate();
        Checkpoint forged = CheckpointKeys.of(other[0], other[1]).checkpoint(3, HEAD);

        assertThat(KEYS.verifies(forged.signedBytes(), forged.signature())).isFalse();
    }

    @Test
    void aVerifierWithThePublicKeyOnlyCannotSign() {
        CheckpointKeys verifier = CheckpointKeys.of(null, PAIR[1]);

        assertThat(verifier.verifies(KEYS.checkpoint(3, HEAD).signedBytes(), KEYS.checkpoint(3, HEAD).signature()))
                .isTrue();
        assertThatThrownBy(() -> verifier.checkpoint(3, HEAD)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aKeyThatIsNotEd25519IsRefused() {
        assertThatThrownBy(() -> CheckpointKeys.of("bm90IGEga2V5", PAIR[1]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("daftar.trust.signing-key");
    }
}
