package uz.daftar.projections.rebuild;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uz.daftar.projections.ReadModels;
import uz.daftar.projections.rebuild.RuntimeProcessors.RuntimeProcessor;

import java.util.EnumMap;
import java.util.Map;

/**
 * The processor writing a read model's live tables, stopped around a swap and started again with the version the
 * swap made live: the processor Axon registered for the processing group when that is the version its projection
 * writes, otherwise a processor of the same name made for the offered version (the token and the watermark are the
 * processing group's either way).
 */
final class LiveProcessors {

    private static final Logger LOG = LoggerFactory.getLogger(LiveProcessors.class);

    private final EventProcessingConfiguration processing;
    private final RuntimeProcessors runtime;
    private final ProjectionVersions versions;
    private final Map<ReadModels, RuntimeProcessor> replacements = new EnumMap<>(ReadModels.class);

    LiveProcessors(EventProcessingConfiguration processing, RuntimeProcessors runtime, ProjectionVersions versions) {
        this.processing = processing;
        this.runtime = runtime;
        this.versions = versions;
    }

    synchronized void stop(ReadModels model) {
        RuntimeProcessor replacement = replacements.remove(model);
        if (replacement != null) {
            replacement.stop();
        } else {
            registered(model).shutDown();
        }
    }

    /** Starts the processor of the version; a version that is not offered leaves the read model stopped. */
    synchronized void start(ReadModels model, int version) {
        if (version == model.version()) {
            registered(model).start();
            return;
        }
        Object projection = versions.projection(model, version).orElse(null);
        if (projection == null) {
            LOG.error("Version {} of read model {} is live but this deployment does not offer it: its processor stays"
                    + " stopped until it does or the version is rolled back", version, model.processingGroup());
            return;
        }
        replacements.put(model, runtime.start(model.processingGroup(), projection, "public"));
    }

    synchronized void stopReplacements() {
        replacements.values().forEach(RuntimeProcessor::stop);
        replacements.clear();
    }

    private StreamingEventProcessor registered(ReadModels model) {
        return processing.eventProcessor(model.processingGroup(), StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no processor " + model.processingGroup()));
    }
}
