package uz.daftar.command.reading;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Small WAV files for tests: a sine tone in the shape a format is checked for. */
public final class TestWav {

    private TestWav() {
    }

    /** {@code millis} of a 440 Hz tone, 16-bit PCM. */
    public static byte[] tone(int sampleRate, int channels, int millis) {
        int samples = sampleRate * millis / 1000;
        int dataBytes = samples * channels * 2;
        ByteBuffer wav = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + dataBytes)
           .put("WAVE".getBytes(StandardCharsets.US_ASCII))
           .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) channels)
           .putInt(sampleRate).putInt(sampleRate * channels * 2).putShort((short) (channels * 2)).putShort((short) 16)
           .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(dataBytes);
        for (int i = 0; i < samples; i++) {
            short value = (short) (Math.sin(2 * Math.PI * 440 * i / sampleRate) * 8000);
            for (int c = 0; c < channels; c++) {
                wav.putShort(value);
            }
        }
        return wav.array();
    }

    public static byte[] reading() {
        return tone(16_000, 1, 500);
    }
}
