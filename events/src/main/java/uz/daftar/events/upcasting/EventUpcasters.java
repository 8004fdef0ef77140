package uz.daftar.events.upcasting;

import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

/**
 * Every upcaster of the stored events, one per revision step, in the order they apply. The event store of both apps
 * reads through this chain (platform's {@code EventStoreConfiguration}), and {@code GoldenEventsTest} reads every
 * golden file of every revision through it.
 */
public final class EventUpcasters {

    private EventUpcasters() {
    }

    public static EventUpcasterChain chain() {
        return new EventUpcasterChain(
                new StudentRegisteredAddsBirthYear());
    }
}
