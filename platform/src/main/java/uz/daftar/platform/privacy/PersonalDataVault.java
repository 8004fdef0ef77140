package uz.daftar.platform.privacy;

import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

/**
 * Keeps one data key per student outside the event store and seals personal data with it (crypto-shredding).
 * <p>
 * Data keys are stored wrapped by the deployment's master key ({@code daftar.privacy.master-key}). The command
 * side seals; the query side opens when a permitted reader asks. Once a key is destroyed, {@link #open} answers
 * empty for everything sealed with it, and nothing can bring it back.
 */
public class PersonalDataVault {

    private final JdbcTemplate jdbc;
    private final byte[] masterKey;
    private final Clock clock;

    public PersonalDataVault(JdbcTemplate jdbc, byte[] masterKey, Clock clock) {
        if (masterKey.length != 32) {
            throw new IllegalArgumentException("daftar.privacy.master-key must be 32 bytes, base64-encoded");
        }
        this.jdbc = jdbc;
        this.masterKey = masterKey.clone();
        this.clock = clock;
    }

    /** Seals {@code plaintext} under the key {@code keyId}, creating the key on first use. Returns base64. */
    public String seal(String keyId, String plaintext) {
        byte[] dataKey = dataKey(keyId).orElseGet(() -> createKey(keyId));
        byte[] sealed = AesGcm.seal(dataKey, plaintext.getBytes(StandardCharsets.UTF_8), aad(keyId));
        return Base64.getEncoder().encodeToString(sealed);
    }

    /** Opens what {@link #seal} produced; empty when the key was destroyed (the subject was erased). */
    public Optional<String> open(String keyId, String sealed) {
        return dataKey(keyId).map(key -> new String(
                AesGcm.open(key, Base64.getDecoder().decode(sealed), aad(keyId)), StandardCharsets.UTF_8));
    }

    private Optional<byte[]> dataKey(String keyId) {
        return jdbc.query("SELECT wrapped_key FROM personal_data_key WHERE key_id = ? AND destroyed_at IS NULL",
                        (rs, row) -> rs.getBytes(1), keyId)
                .stream().findFirst()
                .map(wrapped -> AesGcm.open(masterKey, wrapped, aad(keyId)));
    }

    private byte[] createKey(String keyId) {
        byte[] dataKey = AesGcm.newKey();
        int inserted = jdbc.update("INSERT INTO personal_data_key (key_id, wrapped_key, created_at) VALUES (?, ?, ?) "
                        + "ON CONFLICT (key_id) DO NOTHING",
                keyId, AesGcm.seal(masterKey, dataKey, aad(keyId)), Timestamp.from(clock.instant()));
        if (inserted == 0) {
            return dataKey(keyId).orElseThrow(() -> new IllegalStateException("key " + keyId + " was destroyed"));
        }
        return dataKey;
    }

    private static byte[] aad(String keyId) {
        return keyId.getBytes(StandardCharsets.UTF_8);
    }
}
