package uz.daftar.query.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import uz.daftar.platform.store.ProcessorPositions;
import uz.daftar.projections.ReadModels;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * Read-your-writes: a caller sends the position its command returned ({@value #WAIT_FOR}) and the answer waits,
 * at most {@code daftar.query.max-wait}, until the read model has caught up to it. Every answer states the
 * watermark it was read at.
 */
@Component
public class Consistency {

    public static final String WAIT_FOR = "Daftar-Wait-For-Position";
    public static final String WATERMARK = "Daftar-Watermark";
    public static final String CAUGHT_UP = "Daftar-Caught-Up";

    private static final long POLL_MILLIS = 20;

    private final ProcessorPositions positions;
    private final Duration maxWait;

    Consistency(ProcessorPositions positions, @Value("${daftar.query.max-wait:PT5S}") Duration maxWait) {
        this.positions = positions;
        this.maxWait = maxWait;
    }

    public Watermark await(ReadModels readModel, Long position) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        long watermark = current(readModel);
        while (position != null && watermark < position && System.nanoTime() < deadline) {
            sleep();
            watermark = current(readModel);
        }
        return new Watermark(readModel.processingGroup(), watermark, position == null || watermark >= position);
    }

    /**
     * Waits for each read model a view is made of; the view's watermark is the least caught-up one, caught up only
     * when all are.
     */
    public Watermark awaitAll(List<ReadModels> readModels, Long position) {
        List<Watermark> all = readModels.stream().map(model -> await(model, position)).toList();
        Watermark least = all.stream().min(Comparator.comparingLong(Watermark::position)).orElseThrow();
        return new Watermark(least.readModel(), least.position(), all.stream().allMatch(Watermark::caughtUp));
    }

    /**
     * Waits as {@link #awaitAll} does, for read models whose watermark the answer does not report (those an access
     * decision is made from); without a position there is nothing to wait for and nothing is read.
     */
    public void waitFor(List<ReadModels> readModels, Long position) {
        if (position != null) {
            awaitAll(readModels, position);
        }
    }

    /** {@link #waitFor(List, Long)} for one read model. */
    public void waitFor(ReadModels readModel, Long position) {
        waitFor(List.of(readModel), position);
    }

    /** Where the read model stands now, without waiting. */
    public Watermark watermark(ReadModels readModel) {
        return await(readModel, null);
    }

    public static HttpHeaders headers(Watermark watermark) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(WATERMARK, "readModel=" + watermark.readModel() + "; position=" + watermark.position());
        headers.add(CAUGHT_UP, Boolean.toString(watermark.caughtUp()));
        return headers;
    }

    private long current(ReadModels readModel) {
        return positions.watermark(readModel.processingGroup()).orElse(-1);
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the read model", e);
        }
    }
}
