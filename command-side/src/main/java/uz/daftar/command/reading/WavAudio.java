package uz.daftar.command.reading;

import uz.daftar.command.CommandRejected;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * What a reading's audio must be: a RIFF/WAVE file of 16 kHz, mono, 16-bit PCM (what the speech service's
 * pronunciation assessment takes from a file), with at least one sample and no more than the configured size.
 */
public final class WavAudio {

    static final int SAMPLE_RATE = 16_000;

    private WavAudio() {
    }

    /** Rejects (422) anything but a well-formed 16 kHz mono PCM WAV of at most {@code maxBytes}. */
    public static void requireValid(byte[] wav, long maxBytes) {
        if (wav.length > maxBytes) {
            throw invalid("The audio is " + wav.length + " bytes; at most " + maxBytes + " are accepted.");
        }
        if (wav.length < 44 || !ascii(wav, 0, "RIFF") || !ascii(wav, 8, "WAVE")) {
            throw invalid("The audio is not a RIFF/WAVE file.");
        }
        ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        boolean format = false;
        int offset = 12;
        while (offset + 8 <= wav.length) {
            int size = header.getInt(offset + 4);
            if (size < 0 || offset + 8L + size > wav.length) {
                throw invalid("The WAV chunk at byte " + offset + " runs past the end of the file.");
            }
            if (ascii(wav, offset, "fmt ")) {
                if (size < 16 || header.getShort(offset + 8) != 1 || header.getShort(offset + 10) != 1
                        || header.getInt(offset + 12) != SAMPLE_RATE || header.getShort(offset + 22) != 16) {
                    throw invalid("The audio must be 16 kHz, mono, 16-bit PCM.");
                }
                format = true;
            } else if (ascii(wav, offset, "data")) {
                if (!format) {
                    throw invalid("The WAV data chunk comes before its format chunk.");
                }
                if (size < 2) {
                    throw invalid("The WAV file holds no samples.");
                }
                return;
            }
            offset += 8 + size + (size & 1);
        }
        throw invalid("The WAV file has no " + (format ? "data" : "format") + " chunk.");
    }

    private static boolean ascii(byte[] bytes, int offset, String expected) {
        return new String(bytes, offset, 4, StandardCharsets.US_ASCII).equals(expected);
    }

    private static CommandRejected invalid(String message) {
        return CommandRejected.unprocessable("audio-not-16k-mono-pcm-wav", message);
    }
}
