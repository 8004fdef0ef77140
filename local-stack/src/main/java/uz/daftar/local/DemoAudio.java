package uz.daftar.local;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Stand-in recordings of reading aloud for the demo data and the tests: 16 kHz mono 16-bit PCM WAV tones. */
public final class DemoAudio {

    private DemoAudio() {
    }

    /** {@code millis} of a tone at {@code hertz}; different tones are different recordings. */
    public static byte[] reading(int hertz, int millis) {
        int rate = 16_000;
        int samples = rate * millis / 1000;
        ByteBuffer wav = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples * 2)
           .put("WAVE".getBytes(StandardCharsets.US_ASCII)).put("fmt ".getBytes(StandardCharsets.US_ASCII))
           .putInt(16).putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate * 2).putShort((short) 2)
           .putShort((short) 16).put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples * 2);
        for (int i = 0; i < samples; i++) {
            wav.putShort((short) (Math.sin(2 * Math.PI * hertz * i / rate) * 6000));
        }
        return wav.array();
    }
}
