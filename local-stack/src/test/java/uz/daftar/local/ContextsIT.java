package uz.daftar.local;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import uz.daftar.projections.dashboard.StudentDashboardProjection;

import static org.assertj.core.api.Assertions.assertThat;

/** The two apps share the local run's JVM but nothing else: the command side runs no projection. */
class ContextsIT {

    @Test
    void theCommandSideRunsNoProjection() {
        TestStack stack = TestStack.get();
        ConfigurableListableBeanFactory beans = stack.apps.commandSide().getBeanFactory();
        assertThat(beans.getBeanNamesForType(StudentDashboardProjection.class)).isEmpty();
        assertThat(stack.apps.querySide().getBeanNamesForType(StudentDashboardProjection.class)).hasSize(1);
    }
}
