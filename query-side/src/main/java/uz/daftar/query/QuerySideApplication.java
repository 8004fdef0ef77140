package uz.daftar.query;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import uz.daftar.platform.AppArguments;
import org.springframework.context.annotation.Import;
import uz.daftar.projections.ReadModelConfiguration;

/** The query side: runs the projections and answers queries. It never dispatches commands. */
@SpringBootApplication
@Import(ReadModelConfiguration.class)
public class QuerySideApplication {

    public static void main(String[] args) {
        builder().run(withConfigName(args));
    }

    public static String[] withConfigName(String... args) {
        return AppArguments.withConfigName("query-side", args);
    }

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(QuerySideApplication.class);
    }
}
