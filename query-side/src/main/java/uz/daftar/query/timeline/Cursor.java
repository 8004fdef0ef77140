package uz.daftar.query.timeline;

import uz.daftar.projections.timeline.TimelineKey;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The opaque cursor of a newest-first page: the place of the last entry shown, so that the next page starts right
 * after it however many entries arrive meanwhile. Clients pass it back as it is.
 */
public final class Cursor {

    private Cursor() {
    }

    public static String of(TimelineKey key) {
        String plain = key.occurredAt().getEpochSecond() + "." + key.occurredAt().getNano() + ":" + key.eventId();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The place a cursor stands for; empty when it is not one this API gave out. */
    public static Optional<TimelineKey> parse(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int dot = plain.indexOf('.');
            int colon = plain.indexOf(':');
            if (dot < 1 || colon < dot + 2 || colon == plain.length() - 1) {
                return Optional.empty();
            }
            Instant at = Instant.ofEpochSecond(Long.parseLong(plain.substring(0, dot)),
                    Long.parseLong(plain.substring(dot + 1, colon)));
            return Optional.of(new TimelineKey(at, plain.substring(colon + 1)));
        } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
