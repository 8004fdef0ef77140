package uz.daftar.command.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.function.Supplier;

/**
 * Runs a command at most once per (caller, Idempotency-Key).
 * <p>
 * The receipt is written in the same transaction as the command's events: a retry with the same key and the
 * same request gets the first answer back; the same key with a different request is a 409. A rejected command
 * leaves no receipt, so its retry is judged again.
 */
@Component
class IdempotentCommands {

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
