package uz.daftar.platform.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokensTest {

    private final KeyPair keys = rsa();
    private Instant now = Instant.parse("2026-11-28T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final AtomicInteger verifications = new AtomicInteger();
    private final JwtDecoder verifier = counting(nimbus());

    @Test
    void aTokenIsVerifiedOnceAndDecodesTheSameEveryTime() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, 100, clock);
        String token = token("student-1", Duration.ofHours(1));

        Jwt first = tokens.decode(token);
        Jwt second = tokens.decode(token);

        assertThat(second).isSameAs(first);
        assertThat(second.getSubject()).isEqualTo("student-1");
        assertThat(verifications).hasValue(1);
    }

    @Test
    void aKeptTokenIsRefusedOnceItExpiresAsTheVerifierWouldRefuseIt() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, 100, clock);
        String token = token("student-1", Duration.ofMinutes(5));
        tokens.decode(token);

        now = now.plus(Duration.ofMinutes(5)).plusSeconds(61);

        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aTokenWithAForgedSignatureIsRefusedEveryTimeAndNeverKept() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, 100, clock);
        String token = token("student-1", Duration.ofHours(1));
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";

        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(JwtException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aCertificateBoundTokenIsVerifiedEveryTime() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, 100, clock);
        String token = token("student-1", Duration.ofHours(1), java.util.Map.of("x5t#S256", "thumbprint"));

        tokens.decode(token);
        tokens.decode(token);

        assertThat(verifications).hasValue(2);
    }

    @Test
    void onlyTheMostRecentlyUsedTokensAreKept() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, 2, clock);
        String a = token("a", Duration.ofHours(1));
        String b = token("b", Duration.ofHours(1));
        String c = token("c", Duration.ofHours(1));
        tokens.decode(a);
        tokens.decode(b);
        tokens.decode(a);
        tokens.decode(c);

        tokens.decode(a);
        assertThat(verifications).hasValue(3);
        tokens.decode(b);
        assertThat(verifications).hasValue(4);
    }

    private JwtDecoder nimbus() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey((RSAPublicKey) keys.getPublic()).build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator();
        timestamps.setClock(clock);
        decoder.setJwtValidator(timestamps);
        return decoder;
    }

    private JwtDecoder counting(JwtDecoder decoder) {
        return token -> {
            verifications.incrementAndGet();
            return decoder.decode(token);
        };
    }

    private String token(String subject, Duration lifetime) {
        return token(subject, lifetime, null);
    }

    private String token(String subject, Duration lifetime, Object confirmation) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime))).claim("cnf", confirmation).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        try {
            jwt.sign(new RSASSASigner(keys.getPrivate()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
