package uz.daftar.query.operations;

import uz.daftar.projections.operations.AuditKey;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The opaque cursor of an audit page: the place of its last line, so the next page starts right after it. */
public final class AuditCursor {

    private static final Pattern PLACE = Pattern.compile("(-?[0-9]{1,19})\\.([0-9]{1,9}):(.+)");

    private AuditCursor() {
    }

    public static String of(AuditKey key) {
        String place = key.occurredAt().getEpochSecond() + "." + key.occurredAt().getNano() + ":" + key.eventId();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(place.getBytes(StandardCharsets.UTF_8));
    }

    /** The place a cursor stands for; empty when it is not one this API gave out. */
    public static Optional<AuditKey> parse(String cursor) {
        try {
            Matcher place = PLACE.matcher(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
            if (!place.matches()) {
                return Optional.empty();
            }
            Instant at = Instant.ofEpochSecond(Long.parseLong(place.group(1)), Long.parseLong(place.group(2)));
            return Optional.of(new AuditKey(at, place.group(3)));
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.empty();
        }
    }
}
