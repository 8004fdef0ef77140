package uz.daftar.command.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;
import uz.daftar.platform.security.Caller;
import uz.daftar.platform.store.ProcessorPositions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Runs a command at most once per (caller, Idempotency-Key).
 * <p>
 * The receipt is written in the same transaction as the command's events: a retry with the same key and the
 * same request gets the first answer back; the same key with a different request is a 409. A rejected command
 * leaves no receipt, so its retry is judged again. When another request changed the same aggregate first, the
 * transaction rolls back and runs again against the new state, a few times at most.
 */
@Component
class IdempotentCommands {

    private static final int MAX_ATTEMPTS = 8;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ProcessorPositions positions;
    private final ObjectMapper json;
    private final Clock clock;

    IdempotentCommands(JdbcTemplate jdbc, TransactionTemplate transaction, ProcessorPositions positions,
                       ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.positions = positions;
        this.json = json;
        this.clock = clock;
    }

    CommandAccepted run(Caller caller, String idempotencyKey, Object request, Supplier<String> command) {
        String fingerprint = fingerprint(request);
        for (int attempt = 1; ; attempt++) {
            try {
                return once(caller, idempotencyKey, fingerprint, command);
            } catch (ConcurrencyException | AggregateStreamCreationException concurrent) {
                if (attempt == MAX_ATTEMPTS) {
                    throw concurrent;
                }
                pause(attempt);
            }
        }
    }

    /** Another request changed the same aggregate first: the whole transaction rolled back, so run it again. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * attempt + 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a command", e);
        }
    }

    private CommandAccepted once(Caller caller, String idempotencyKey, String fingerprint, Supplier<String> command) {
        return transaction.execute(status -> {
            int claimed = jdbc.update("INSERT INTO command_receipt (caller, idempotency_key, fingerprint, status, "
                            + "body, position, created_at) VALUES (?, ?, ?, 0, '', -1, ?) ON CONFLICT DO NOTHING",
                    caller.subject(), idempotencyKey, fingerprint, Timestamp.from(clock.instant()));
            if (claimed == 0) {
                return earlierAnswer(caller, idempotencyKey, fingerprint);
            }
            String id = command.get();
            CommandAccepted accepted = new CommandAccepted(id, positions.head());
            jdbc.update("UPDATE command_receipt SET status = 200, body = ?, position = ? "
                            + "WHERE caller = ? AND idempotency_key = ?",
                    id, accepted.position(), caller.subject(), idempotencyKey);
            return accepted;
        });
    }

    private CommandAccepted earlierAnswer(Caller caller, String idempotencyKey, String fingerprint) {
        return jdbc.queryForObject("SELECT fingerprint, body, position FROM command_receipt "
                        + "WHERE caller = ? AND idempotency_key = ?",
                (rs, row) -> {
                    if (!rs.getString("fingerprint").equals(fingerprint)) {
                        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                                "Idempotency-Key '" + idempotencyKey + "' was already used for a different request.");
                        problem.setTitle("Idempotency key reused");
                        throw new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
                    }
                    return new CommandAccepted(rs.getString("body"), rs.getLong("position"));
                },
                caller.subject(), idempotencyKey);
    }

    private String fingerprint(Object request) {
        try {
            byte[] canonical = (request.getClass().getName() + json.writeValueAsString(request))
                    .getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint " + request.getClass().getSimpleName(), e);
        }
    }
}
