package uz.daftar.local;

import uz.daftar.platform.trust.CheckpointKeys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Ed25519 key pair that signs the tamper-evidence checkpoints of a local run or a test stack (base64 PKCS#8 and
 * X.509). A deployment brings its own: {@code DAFTAR_TRUST_SIGNINGKEY} and {@code DAFTAR_TRUST_VERIFYKEY}.
 */
public record TrustKeys(String signingKey, String verifyKey) {

    /** A fresh pair, for a test stack. */
    static TrustKeys generate() {
        String[] pair = CheckpointKeys.generate();
        return new TrustKeys(pair[0], pair[1]);
    }

    /** The local run's pair, made on the first start and kept with its data, readable by the owner only. */
    static TrustKeys in(Path data) throws IOException {
        Path signing = data.resolve("trust-signing-key");
        Path verify = data.resolve("trust-verify-key");
        if (!Files.exists(signing) || !Files.exists(verify)) {
            TrustKeys fresh = generate();
            Files.writeString(verify, fresh.verifyKey());
            Files.writeString(signing, fresh.signingKey());
            signing.toFile().setReadable(false, false);
            signing.toFile().setReadable(true, true);
        }
        return new TrustKeys(Files.readString(signing).trim(), Files.readString(verify).trim());
    }
}
