package uz.daftar.query;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;
import uz.daftar.projections.ReadModelConfiguration;

/** The query side: runs the projections and answers queries. It never dispatches commands. */
@SpringBootApplication
@Import(ReadModelConfiguration.class)
public class QuerySideApplication {

    /** Both apps may share one JVM (the local run), so each reads its own {@code <name>.yml}. */
    public static final String CONFIG_NAME = "spring.config.name=daftar-platform,query-side";

    public static void main(String[] args) {
        builder().run(args);
    }

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(QuerySideApplication.class).properties(CONFIG_NAME);
    }
}
