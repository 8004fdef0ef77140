package uz.daftar.platform.schema;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.jdbc.core.JdbcOperations;

import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Makes every bean that talks to the database through a {@link JdbcOperations} wait for the schema migrations,
 * the way Spring Boot does it for its own Flyway integration.
 */
class SchemaMigratorDependencies implements BeanFactoryPostProcessor {

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
        for (String name : beanFactory.getBeanNamesForType(JdbcOperations.class, true, false)) {
            BeanDefinition definition = beanFactory.getBeanDefinition(name);
            String[] dependsOn = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
            definition.setDependsOn(Stream.concat(Arrays.stream(dependsOn), Stream.of("schemaMigrator"))
                    .distinct().toArray(String[]::new));
        }
    }
}
