package uz.daftar.query.timeline;

import uz.daftar.projections.timeline.TimelineKey;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The opaque cursor of a newest-first page: the place of the last entry shown, so that the next page starts right
 * after it however many entries arrive meanwhile. Clients pass it back as it is.
 */
public final class Cursor {

    private static final Pattern PLACE = Pattern.compile("(-?[0-9]{1,19})\\.([0-9]{1,9}):([0-9]{1,5}):(.+)");

    private Cursor() {
    }

    public static String of(TimelineKey key) {
        String place = key.occurredAt().getEpochSecond() + "." + key.occurredAt().getNano() + ":" + key.kindRank()
                + ":" + key.eventId();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(place.getBytes(StandardCharsets.UTF_8));
    }

    /** The place a cursor stands for; empty when it is not one this API gave out. */
    public static Optional<TimelineKey> parse(String cursor) {
        try {
            Matcher place = PLACE.matcher(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
            if (!place.matches()) {
                return Optional.empty();
            }
            Instant at = Instant.ofEpochSecond(Long.parseLong(place.group(1)), Long.parseLong(place.group(2)));
            return Optional.of(new TimelineKey(at, Integer.parseInt(place.group(3)), place.group(4)));
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.empty();
        }
    }
}
