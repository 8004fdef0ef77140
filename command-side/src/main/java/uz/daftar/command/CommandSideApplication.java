package uz.daftar.command;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import uz.daftar.platform.AppArguments;

/** The command side: validates commands, guards invariants in aggregates, appends events. */
@SpringBootApplication
public class CommandSideApplication {

    public static void main(String[] args) {
        builder().run(withConfigName(args));
    }

    public static String[] withConfigName(String... args) {
        return AppArguments.withConfigName("command-side", args);
    }

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(CommandSideApplication.class);
    }
}
