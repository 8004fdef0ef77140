package uz.daftar.command.reading;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Daftar's own store of reading audio: files on disk under {@code daftar.reading.audio-dir}, named by the SHA-256
 * of their bytes, so the same recording is kept once. Events carry only the reference {@code audio:sha256:<hex>}.
 * How long a file is kept and when it goes is decided elsewhere ({@code AudioRetention}); this class only keeps,
 * finds and deletes files.
 */
@Component
public class AudioStore {

    static final String PREFIX = "audio:sha256:";
    private static final Pattern REFERENCE = Pattern.compile("audio:sha256:[0-9a-f]{64}");

    private final Path directory;

    AudioStore(@Value("${daftar.reading.audio-dir:${java.io.tmpdir}/daftar-audio}") Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** Keeps the bytes (once per content) and answers their reference. */
    public String store(byte[] audio) {
        String reference = PREFIX + sha256(audio);
        Path file = file(reference);
        if (Files.exists(file)) {
            return reference;
        }
        try {
            Files.createDirectories(file.getParent());
            Path partial = Files.createTempFile(file.getParent(), "upload-", ".part");
            Files.write(partial, audio);
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return reference;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store reading audio under " + directory, e);
        }
    }

    /** The file of a reference, if it is still kept. */
    public Optional<Path> find(String reference) {
        Path file = file(reference);
        return Files.exists(file) ? Optional.of(file) : Optional.empty();
    }

    /** Deletes the file of a reference; deleting what is gone already changes nothing. */
    public void delete(String reference) {
        try {
            Files.deleteIfExists(file(reference));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + reference, e);
        }
    }

    private Path file(String reference) {
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            throw new IllegalArgumentException("not an audio reference: " + reference);
        }
        String hex = reference.substring(PREFIX.length());
        return directory.resolve(hex.substring(0, 2)).resolve(hex + ".wav");
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
