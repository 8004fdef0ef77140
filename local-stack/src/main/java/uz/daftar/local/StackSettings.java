package uz.daftar.local;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the two apps find their infrastructure when run by the local stack or the tests.
 *
 * @param masterKey base64 of the 32-byte key that wraps the personal-data keys
 * @param trustKeys the key pair of the tamper-evidence checkpoints
 */
public record StackSettings(String jdbcUrl, String elasticsearchUrl, Path issuerPublicKey, String masterKey,
                            TrustKeys trustKeys, int commandPort, int queryPort) {

    Map<String, Object> common() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", jdbcUrl);
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "postgres");
        properties.put("spring.elasticsearch.uris", elasticsearchUrl);
        properties.put("spring.security.oauth2.resourceserver.jwt.public-key-location",
                issuerPublicKey.toUri().toString());
        properties.put("daftar.privacy.master-key", masterKey);
        properties.put("daftar.trust.signing-key", trustKeys.signingKey());
        properties.put("daftar.trust.verify-key", trustKeys.verifyKey());
        // Checkpoints often enough that a short local history has several.
        properties.put("daftar.trust.checkpoint-every", 50);
        // Both apps log through one JVM-wide logging system, whose application name would be the first app's.
        properties.put("logging.include-application-name", false);
        return properties;
    }
}
