package uz.daftar.projections.rebuild;

import org.axonframework.config.ProcessingGroup;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationUtils;
import uz.daftar.projections.ReadModels;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The versions of each read model this deployment can build: the version its projection bean writes
 * ({@link ReadModels#version()}), and any other offered beside it, for instance a projection's next version shipped
 * next to the current one until the cut-over is made. A rebuild builds the highest offered version.
 */
public final class ProjectionVersions {

    private final Map<ReadModels, TreeMap<Integer, Supplier<Object>>> offered = new EnumMap<>(ReadModels.class);

    ProjectionVersions(ApplicationContext context) {
        context.getBeansWithAnnotation(ProcessingGroup.class).values().forEach(bean -> {
            ProcessingGroup group = AnnotationUtils.findAnnotation(AopUtils.getTargetClass(bean),
                    ProcessingGroup.class);
            ReadModels.named(group.value()).ifPresent(model -> offer(model, model.version(), () -> bean));
        });
    }

    /**
     * Offers a version of a read model: {@code projection} gives a handler object (an instance of a projection
     * class, not a Spring bean, so that no processor of the app picks it up) writing that version's rows through
     * unqualified table names.
     */
    public synchronized void offer(ReadModels model, int version, Supplier<Object> projection) {
        offered.computeIfAbsent(model, m -> new TreeMap<>()).put(version, projection);
    }

    /** Withdraws a version offered beside the deployed one. */
    public synchronized void withdraw(ReadModels model, int version) {
        if (version != model.version() && offered.containsKey(model)) {
            offered.get(model).remove(version);
        }
    }

    /** The highest version offered. */
    synchronized int newest(ReadModels model) {
        TreeMap<Integer, Supplier<Object>> versions = offered.get(model);
        return versions == null || versions.isEmpty() ? model.version() : versions.lastKey();
    }

    /** A handler writing the version, if it is offered. */
    synchronized Optional<Object> projection(ReadModels model, int version) {
        return Optional.ofNullable(offered.getOrDefault(model, new TreeMap<>()).get(version)).map(Supplier::get);
    }
}
