package uz.daftar.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Entitlements of the subscription context through HTTP: grant, renewal, refund, expiry by deadline, access. */
class SubscriptionIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    static TestStack stack;
    static Http.Target api;
    static String admin;

    @BeforeAll
    static void startStack() {
        stack = TestStack.get();
        api = new Http.Target(stack.apps.commandUrl());
        admin = stack.issuer.token("billing-service", "ADMIN");
    }

    @Nested
    class Lifecycle {

        @Test
        void aGrantedEntitlementIsActiveNowForItsProductOnly() {
            String student = student();
            Instant now = now();

            grant(student, "ent-1", "olympiads", now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(30)));

            JsonNode answer = active(student, "olympiads", null, admin);
            assertThat(answer.get("studentId").asText()).isEqualTo(student);
            assertThat(answer.get("product").asText()).isEqualTo("olympiads");
            assertThat(Instant.parse(answer.get("at").asText())).isBetween(now, now.plus(Duration.ofMinutes(1)));
            assertThat(answer.get("active").asBoolean()).isTrue();
            assertThat(isActive(student, "premium", null)).isFalse();
        }

        @Test
        void anEntitlementIsActiveFromValidFromUntilJustBeforeValidUntil() {
            String student = student();
            Instant from = now().plus(Duration.ofDays(10));
            Instant until = from.plus(Duration.ofDays(10));

            grant(student, "ent-1", "olympiads", from, until);

            assertThat(isActive(student, "olympiads", null)).isFalse();
            assertThat(isActive(student, "olympiads", from.minusMillis(1))).isFalse();
            assertThat(isActive(student, "olympiads", from)).isTrue();
            assertThat(isActive(student, "olympiads", until.minusMillis(1))).isTrue();
            assertThat(isActive(student, "olympiads", until)).isFalse();
        }

        @Test
        void aRenewalExtendsTheEntitlement() {
            String student = student();
            Instant now = now();
            Instant later = now.plus(Duration.ofDays(40));
            grant(student, "ent-1", "premium", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)));
            assertThat(isActive(student, "premium", later)).isFalse();

            api.require(200, "/api/v1/subscriptions/entitlements/ent-1/renewal", admin, "renew-" + student, """
                    {"studentId":"%s","validUntil":"%s","paymentReference":"payme-2"}"""
                    .formatted(student, now.plus(Duration.ofDays(60))));

            assertThat(isActive(student, "premium", later)).isTrue();
            assertThat(eventsOf(student, "EntitlementRenewed")).isEqualTo(1);
        }

        @Test
        void aRefundEndsTheEntitlementAtOnceButNotBeforeIt() {
            String student = student();
            Instant now = now();
            grant(student, "ent-1", "olympiads", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)));

            api.require(200, "/api/v1/subscriptions/entitlements/ent-1/refund", admin, "refund-" + student, """
                    {"studentId":"%s","reason":"charged twice"}""".formatted(student));

            assertThat(isActive(student, "olympiads", null)).isFalse();
            assertThat(isActive(student, "olympiads", now.minus(Duration.ofHours(1)))).isTrue();
            assertThat(eventsOf(student, "EntitlementRefunded")).isEqualTo(1);
        }

        @Test
        void anEntitlementExpiresByItselfWhenItsTimeIsUp() {
            String student = student();
            Instant now = now();
            grant(student, "ent-1", "olympiads", now.minus(Duration.ofMinutes(1)), now.plusSeconds(2));
            assertThat(isActive(student, "olympiads", null)).isTrue();

            await().atMost(Duration.ofSeconds(15)).ignoreExceptions()
                   .until(() -> eventsOf(student, "EntitlementExpired") == 1);

            assertThat(isActive(student, "olympiads", null)).isFalse();
            Http.Reply renewal = post("/api/v1/subscriptions/entitlements/ent-1/renewal", admin, """
                    {"studentId":"%s","validUntil":"%s","paymentReference":"payme-late"}"""
                    .formatted(student, now.plus(Duration.ofDays(30))));
            assertThat(renewal.status()).isEqualTo(409);
            assertThat(renewal.body()).contains("entitlement-ended");
        }

        @Test
        void theSameGrantSentTwiceIsRecordedOnce() {
            String student = student();
            Instant now = now();
            String body = grantJson(student, "ent-1", "olympiads", now, now.plus(Duration.ofDays(30)));

            Http.Reply first = api.require(200, "/api/v1/subscriptions/entitlements", admin, "same-" + student, body);
            Http.Reply retry = api.require(200, "/api/v1/subscriptions/entitlements", admin, "same-" + student, body);
            api.require(200, "/api/v1/subscriptions/entitlements", admin, "other-key-" + student, body);

            assertThat(retry.body()).isEqualTo(first.body());
            assertThat(eventsOf(student, "EntitlementGranted")).isEqualTo(1);
        }
    }

    @Nested
    class Access {

        @Test
        void aStudentMayAskAboutThemself() {
            String student = student();

            Http.Reply reply = get(student, "olympiads", null, stack.issuer.token(student, "STUDENT"));

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body()).contains("\"active\":false");
        }

        @Test
        void aStudentCannotAskAboutAnotherStudent() {
            String student = student();

            Http.Reply reply = get(student, "olympiads", null, stack.issuer.token("someone-else", "STUDENT"));

            assertThat(reply.status()).isEqualTo(403);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        }

        @Test
        void onlyTheBillingServiceGrants() {
            String student = student();
            Instant now = now();

            Http.Reply reply = post("/api/v1/subscriptions/entitlements", stack.issuer.token(student, "STUDENT"),
                    grantJson(student, "ent-1", "olympiads", now, now.plus(Duration.ofDays(1))));

            assertThat(reply.status()).isEqualTo(403);
            assertThat(eventsOf(student, "%")).isZero();
        }

        @Test
        void anUnknownStudentIsNotFound() {
            Http.Reply reply = get("ghost-" + suffix(), "olympiads", null, admin);

            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.body()).contains("unknown-student");
        }
    }

    @Nested
    class BadInput {

        @Test
        void aMalformedProductIsRejectedWithTheFieldAndNothingIsAppended() {
            String student = student();
            Instant now = now();

            Http.Reply reply = post("/api/v1/subscriptions/entitlements", admin,
                    grantJson(student, "ent-1", "Olympiads!", now, now.plus(Duration.ofDays(1))));

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.body()).contains("\"field\":\"product\"");
            assertThat(eventsOf(student, "%")).isZero();
        }

        @Test
        void anUnknownFieldIsRejectedAndNothingIsAppended() {
            String student = student();
            Instant now = now();

            Http.Reply reply = post("/api/v1/subscriptions/entitlements", admin,
                    grantJson(student, "ent-1", "olympiads", now, now.plus(Duration.ofDays(1)))
                            .replace("\"source\"", "\"discount\":50,\"source\""));

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.body()).contains("discount");
            assertThat(eventsOf(student, "%")).isZero();
        }

        @Test
        void anEmptyPeriodIsUnprocessableAndNothingIsAppended() {
            String student = student();
            Instant now = now();

            Http.Reply reply = post("/api/v1/subscriptions/entitlements", admin,
                    grantJson(student, "ent-1", "olympiads", now, now));

            assertThat(reply.status()).isEqualTo(422);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.body()).contains("empty-period");
            assertThat(eventsOf(student, "%")).isZero();
        }

        @Test
        void aRenewalOfAnUnknownEntitlementIsNotFound() {
            String student = student();
            grant(student, "ent-1", "olympiads", now(), now().plus(Duration.ofDays(1)));

            Http.Reply reply = post("/api/v1/subscriptions/entitlements/ent-2/renewal", admin, """
                    {"studentId":"%s","validUntil":"%s","paymentReference":"payme-2"}"""
                    .formatted(student, now().plus(Duration.ofDays(9))));

            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.body()).contains("unknown-entitlement");
            assertThat(eventsOf(student, "EntitlementRenewed")).isZero();
        }

        @Test
        void aQueryForAMalformedProductIsRejectedWithTheField() {
            String student = student();

            Http.Reply reply = Http.get(stack.apps.commandUrl() + "/api/v1/subscriptions/" + student
                    + "/active?product=NO_SUCH", admin, Map.of());

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.body()).contains("\"field\":\"product\"");
        }

        @Test
        void aQueryAtAMalformedTimeIsRejectedWithTheField() {
            String student = student();

            Http.Reply reply = Http.get(stack.apps.commandUrl() + "/api/v1/subscriptions/" + student
                    + "/active?product=olympiads&at=yesterday", admin, Map.of());

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.body()).contains("\"field\":\"at\"");
        }
    }

    private static void grant(String student, String entitlementId, String product, Instant from, Instant until) {
        api.require(200, "/api/v1/subscriptions/entitlements", admin, "grant-" + student + "-" + entitlementId,
                grantJson(student, entitlementId, product, from, until));
    }

    private static String grantJson(String student, String entitlementId, String product, Instant from,
                                    Instant until) {
        return """
                {"entitlementId":"%s","studentId":"%s","product":"%s","validFrom":"%s","validUntil":"%s",\
                "source":"payme-1"}""".formatted(entitlementId, student, product, from, until);
    }

    private static boolean isActive(String student, String product, Instant at) {
        return active(student, product, at, admin).get("active").asBoolean();
    }

    private static JsonNode active(String student, String product, Instant at, String token) {
        Http.Reply reply = get(student, product, at, token);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        try {
            return JSON.readTree(reply.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Http.Reply get(String student, String product, Instant at, String token) {
        return Http.get(stack.apps.commandUrl() + "/api/v1/subscriptions/" + student + "/active?product=" + product
                + (at == null ? "" : "&at=" + at), token, Map.of());
    }

    private static Http.Reply post(String path, String token, String json) {
        return Http.post(stack.apps.commandUrl() + path, token, json, Http.headers("Idempotency-Key", "k-" + suffix()));
    }

    private static String student() {
        String student = "sub-" + suffix();
        api.require(201, "/api/v1/students", admin, "register-" + student, """
                {"studentId":"%s","displayName":"Kid","birthDate":"2015-03-03","language":"uz-Latn"}"""
                .formatted(student));
        return student;
    }

    private static long eventsOf(String student, String typeSuffix) {
        return stack.apps.commandSide().getBean(JdbcTemplate.class).queryForObject(
                "SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ? AND payloadType LIKE ?",
                Long.class, "subscription:" + student, "%" + typeSuffix);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
