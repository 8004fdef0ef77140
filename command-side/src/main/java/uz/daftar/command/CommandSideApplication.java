package uz.daftar.command;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The command side: validates commands, guards invariants in aggregates, appends events. */
@SpringBootApplication
public class CommandSideApplication {

    /** Both apps may share one JVM (the local run), so each reads its own {@code <name>.yml}. */
    public static final String CONFIG_NAME = "--spring.config.name=daftar-platform,command-side";

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
        return new SpringApplicationBuilder(CommandSideApplication.class);
    }
}
