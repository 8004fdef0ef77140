package uz.daftar.platform.trust;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Checks a receipt offline, with the receipt file and the public key only (no database): prints the verdict as JSON
 * and exits 0 when the receipt is valid, 1 when it is not (the reason is in the verdict), 2 on a usage error or a
 * file that cannot be read. The steps are those of docs/RECEIPTS.md.
 * <pre>
 * VerifyReceipt --receipt=receipt.json [--verify-key=BASE64_X509]
 * </pre>
 * The key may come from {@code DAFTAR_TRUST_VERIFYKEY} instead; the key inside the receipt is never trusted by itself.
 */
public final class VerifyReceipt {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private VerifyReceipt() {
    }

    public static void main(String[] args) throws IOException {
        System.exit(run(args, System.out, System.err));
    }

    /** Verifies, prints the verdict to {@code out}, and answers the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        Map<String, String> options = VerifyStore.options(args);
        String file = options == null ? null : options.get("receipt");
        String key = file == null ? null : options.getOrDefault("verify-key", System.getenv("DAFTAR_TRUST_VERIFYKEY"));
        if (file == null || key == null) {
            err.println("usage: VerifyReceipt --receipt=FILE [--verify-key=BASE64_X509]  (or DAFTAR_TRUST_VERIFYKEY)");
            return 2;
        }
        ReceiptVerifier verifier;
        try {
            verifier = new ReceiptVerifier(key);
        } catch (IllegalArgumentException e) {
            err.println("the verify key is not an Ed25519 X.509 key in base64");
            return 2;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            err.println("could not read " + file + ": " + e.getMessage());
            return 2;
        }
        ReceiptCheck check;
        try {
            check = verifier.verify(JSON.readValue(bytes, Receipt.class));
        } catch (JsonProcessingException e) {
            check = ReceiptCheck.invalid(ReceiptCheck.Problem.FORMAT, "the file is not a receipt: "
                    + e.getOriginalMessage(), null);
        }
        out.println(JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(check));
        return check.valid() ? 0 : 1;
    }
}
