package uz.daftar.platform.trust;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The Ed25519 keys of the checkpoints: the deployment's private key ({@code daftar.trust.signing-key}, PKCS#8,
 * base64) signs; the public key ({@code daftar.trust.verify-key}, X.509, base64) is all a verifier needs, so a parent
 * or an auditor can check a checkpoint without being able to forge one.
 */
public final class CheckpointKeys {

    private static final String ALGORITHM = "Ed25519";

    private final PrivateKey signingKey;
    private final PublicKey verifyKey;

    private CheckpointKeys(PrivateKey signingKey, PublicKey verifyKey) {
        this.signingKey = signingKey;
        this.verifyKey = verifyKey;
    }

    /** Keys that sign and verify; the signing key may be blank for a verifier only. */
    public static CheckpointKeys of(String signingKey, String verifyKey) {
        try {
            KeyFactory keys = KeyFactory.getInstance(ALGORITHM);
            PrivateKey signing = signingKey == null || signingKey.isBlank() ? null
                    : keys.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(signingKey.trim())));
            PublicKey verify = keys.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(verifyKey.trim())));
            return new CheckpointKeys(signing, verify);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("daftar.trust.signing-key must be an Ed25519 PKCS#8 key and "
                    + "daftar.trust.verify-key an Ed25519 X.509 key, both base64-encoded", e);
        }
    }

    /** A fresh key pair, base64: {@code [signing key (PKCS#8), verify key (X.509)]}. For dev runs and tests. */
    public static String[] generate() {
        try {
            var pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            return new String[]{Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()),
                    Base64.getEncoder().encodeToString(pair.getPublic().getEncoded())};
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as configured: base64 of its X.509 encoding, all a verifier needs. */
    public String verifyKey() {
        return Base64.getEncoder().encodeToString(verifyKey.getEncoded());
    }

    /** SHA-256 of the public key's X.509 encoding, hex: a short name to compare a published key against. */
    public String verifyKeyFingerprint() {
        return Hashes.hex(Hashes.sha256(verifyKey.getEncoded()));
    }

    byte[] sign(byte[] bytes) {
        if (signingKey == null) {
            throw new IllegalStateException("no daftar.trust.signing-key: this process can verify, not sign");
        }
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(signingKey);
            signature.update(bytes);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean verifies(byte[] bytes, byte[] signed) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(verifyKey);
            signature.update(bytes);
            return signature.verify(signed);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    Checkpoint checkpoint(long number, ChainLink storeLink) {
        byte[] signed = Checkpoint.signedBytes(number, storeLink.position(), storeLink.globalIndex(),
                storeLink.chainHash());
        return new Checkpoint(number, storeLink.position(), storeLink.globalIndex(), storeLink.chainHash(),
                sign(signed));
    }
}
