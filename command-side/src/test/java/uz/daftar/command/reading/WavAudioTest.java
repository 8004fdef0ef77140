package uz.daftar.command.reading;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WavAudioTest {

    private static final long CAP = 1_000_000;

    @Test
    void sixteenKilohertzMonoPcmIsTaken() {
        assertThatCode(() -> WavAudio.requireValid(TestWav.reading(), CAP)).doesNotThrowAnyException();
    }

    @Test
    void otherRatesAndStereoAreRefused() {
        assertThatThrownBy(() -> WavAudio.requireValid(TestWav.tone(44_100, 1, 100), CAP))
                .isInstanceOf(uz.daftar.command.CommandRejected.class).hasMessageContaining("16 kHz");
        assertThatThrownBy(() -> WavAudio.requireValid(TestWav.tone(16_000, 2, 100), CAP))
                .hasMessageContaining("mono");
    }

    @Test
    void somethingElseThanRiffWaveIsRefused() {
        assertThatThrownBy(() -> WavAudio.requireValid("ID3 not a wav at all, just some bytes of an mp3 file ..."
                .getBytes(StandardCharsets.US_ASCII), CAP)).hasMessageContaining("RIFF");
    }

    @Test
    void aTruncatedFileIsRefused() {
        byte[] wav = TestWav.reading();
        assertThatThrownBy(() -> WavAudio.requireValid(Arrays.copyOf(wav, 60), CAP))
                .hasMessageContaining("runs past the end");
    }

    @Test
    void aFileOverTheCapIsRefused() {
        assertThatThrownBy(() -> WavAudio.requireValid(TestWav.reading(), 1000)).hasMessageContaining("at most 1000");
    }
}
