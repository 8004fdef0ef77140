package uz.daftar.query.olympiad;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The name under which a child appears to others in an olympiad's standings or on a leaderboard, e.g.
 * {@code Player 3F9A0C21}: an HMAC of a context (the olympiad, or a leaderboard's metric and scope) and the student
 * id under a key derived from the deployment's master key. It is stable within its context, differs between
 * contexts (one child's places cannot be linked across them), and cannot be turned back into the id, not even by
 * trying every id, without the key.
 */
@Component
public class Pseudonyms {

    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] PURPOSE = "daftar.olympiad-pseudonyms.v1".getBytes(StandardCharsets.UTF_8);

    private final SecretKeySpec key;

    public Pseudonyms(@Value("${daftar.privacy.master-key}") String masterKey) {
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(Base64.getDecoder().decode(masterKey), ALGORITHM),
                PURPOSE), ALGORITHM);
    }

    public String of(String context, String studentId) {
        byte[] digest = hmac(key, (context + "\n" + studentId).getBytes(StandardCharsets.UTF_8));
        return "Player " + HexFormat.of().formatHex(digest, 0, 4).toUpperCase(Locale.ROOT);
    }

    private static byte[] hmac(SecretKeySpec key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
