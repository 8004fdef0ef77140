package uz.daftar.events.olympiad;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An admin created an olympiad: its title per language ({@code uz-Latn}, {@code ru}...), subject, age band, the
 * questions with their answer keys and points, the schedule, the entry fee in coins (0 for none) and the prizes by
 * rank band. It is not open to anyone until published.
 */
@Revision("1")
public record OlympiadCreated(String olympiadId,
                              Map<String, String> titles,
                              String subject,
                              int minAge,
                              int maxAge,
                              List<OlympiadQuestion> questions,
                              OlympiadSchedule schedule,
                              long entryFee,
                              List<PrizeBand> prizes,
                              String adminId,
                              Instant createdAt) {
}
