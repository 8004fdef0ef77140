package uz.daftar.local;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.context.ApplicationContext;
import uz.daftar.platform.store.ProcessorPositions;
import uz.daftar.projections.ReadModels;

import java.time.Duration;

/**
 * Resets every read-model processor of the query side, replays the whole store into it, and waits until each
 * has caught up with the head again. Policies on the command side are never reset: their work is commands.
 */
final class ReplayCheck {

    private final ApplicationContext querySide;

    ReplayCheck(ApplicationContext querySide) {
        this.querySide = querySide;
    }

    void resetAndReplayAll(Duration timeout) {
        EventProcessingConfiguration processing = querySide.getBean(EventProcessingConfiguration.class);
        for (ReadModels model : ReadModels.values()) {
            StreamingEventProcessor processor = processing
                    .eventProcessor(model.processingGroup(), StreamingEventProcessor.class)
                    .orElseThrow(() -> new IllegalStateException("no streaming processor " + model.processingGroup()));
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        }
        awaitCaughtUp(timeout);
    }

    /**
     * Until every read model has reached the head of the store, and the head has not moved meanwhile: the policies
     * append events of their own (awards for an answer) after the events they handle, and a read model that is
     * compared must have seen those too (a policy works on its events for a moment after the read models reached
     * them: the head must stay put for half a second).
     */
    void awaitCaughtUp(Duration timeout) {
        ProcessorPositions positions = querySide.getBean(ProcessorPositions.class);
        long deadline = System.nanoTime() + timeout.toNanos();
        long head = positions.head();
        while (true) {
            for (ReadModels model : ReadModels.values()) {
                while (positions.watermark(model.processingGroup()).orElse(-1) < head) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException(model.processingGroup() + " did not reach position " + head);
                    }
                    sleep(50);
                }
            }
            sleep(500);
            long now = positions.head();
            if (now == head) {
                return;
            }
            head = now;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
