package uz.daftar.platform.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Verifies each bearer token once: a client sends the same token with every request until it expires, and checking
 * its RSA signature again each time took about a seventh of a request thread's time in the benchmark
 * (docs/BENCHMARKS.md). The {@code capacity} tokens used most recently are kept with what they decoded to. A kept
 * token is still checked for expiry and not-before on every use, with the same rule and clock skew as the first
 * check ({@link JwtTimestampValidator}); everything else the verifier checks (signature, issuer, audience) is a
 * function of the token's bytes, which are the key. A token that fails is never kept, nor is a certificate-bound one
 * (a {@code cnf} claim), whose check depends on the request's client certificate.
 */
final class VerifiedTokens implements JwtDecoder {

    private static final String CERTIFICATE_BOUND = "cnf";

    private final JwtDecoder verifier;
    private final JwtTimestampValidator stillValid = new JwtTimestampValidator();
    private final Map<String, Jwt> verified;

    VerifiedTokens(JwtDecoder verifier, int capacity, Clock clock) {
        this.verifier = verifier;
        this.stillValid.setClock(clock);
        this.verified = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Jwt> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt kept;
        synchronized (verified) {
            kept = verified.get(token);
        }
        if (kept != null) {
            if (!stillValid.validate(kept).hasErrors()) {
                return kept;
            }
            synchronized (verified) {
                verified.remove(token);
            }
        }
        Jwt jwt = verifier.decode(token);
        if (!jwt.hasClaim(CERTIFICATE_BOUND)) {
            synchronized (verified) {
                verified.put(token, jwt);
            }
        }
        return jwt;
    }
}
