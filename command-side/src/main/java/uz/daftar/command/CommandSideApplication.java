package uz.daftar.command;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The command side: validates commands, guards invariants in aggregates, appends events. */
@SpringBootApplication
public class CommandSideApplication {

    /** Both apps may share one JVM (the local run), so each reads its own {@code <name>.yml}. */
    public static final String CONFIG_NAME = "spring.config.name=daftar-platform,command-side";

    public static void main(String[] args) {
        builder().run(args);
    }

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(CommandSideApplication.class).properties(CONFIG_NAME);
    }
}
