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
    public static final String CONFIG_NAME = "--spring.config.name=daftar-platform,query-side";

    public static void main(String[] args) {
        builder().run(withConfigName(args));
    }

    /** The arguments with this app's config name first; later arguments may override it. */
    public static String[] withConfigName(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = CONFIG_NAME;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(QuerySideApplication.class);
    }
}
