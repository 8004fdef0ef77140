package uz.daftar.projections;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Random;

/** Orders in which a projection may see several streams: any interleaving that keeps each stream's own order. */
public final class Interleavings {

    private Interleavings() {
    }

    /** One random interleaving of all the streams' events. */
    public static <E> List<E> interleave(List<List<E>> streams, Random random) {
        List<LinkedList<E>> pending = new ArrayList<>();
        streams.forEach(stream -> pending.add(new LinkedList<>(stream)));
        List<E> events = new ArrayList<>();
        while (!pending.isEmpty()) {
            LinkedList<E> stream = pending.get(random.nextInt(pending.size()));
            events.add(stream.removeFirst());
            if (stream.isEmpty()) {
                pending.remove(stream);
            }
        }
        return events;
    }
}
