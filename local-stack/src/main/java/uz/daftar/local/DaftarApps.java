package uz.daftar.local;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uz.daftar.command.CommandSideApplication;
import uz.daftar.query.QuerySideApplication;

import java.util.Map;

/** The command side and the query side, each in its own application context, in this JVM. */
public final class DaftarApps implements AutoCloseable {

    private final ConfigurableApplicationContext commandSide;
    private final ConfigurableApplicationContext querySide;

    private DaftarApps(ConfigurableApplicationContext commandSide, ConfigurableApplicationContext querySide) {
        this.commandSide = commandSide;
        this.querySide = querySide;
    }

    public static DaftarApps start(StackSettings settings) {
        ConfigurableApplicationContext command = run(CommandSideApplication.builder(), settings.common(),
                settings.commandPort(), CommandSideApplication.withConfigName());
        try {
            return new DaftarApps(command, run(QuerySideApplication.builder(), settings.common(),
                    settings.queryPort(), QuerySideApplication.withConfigName()));
        } catch (RuntimeException e) {
            command.close();
            throw e;
        }
    }

    private static ConfigurableApplicationContext run(SpringApplicationBuilder builder, Map<String, Object> common,
                                                      int port, String[] args) {
        return builder.registerShutdownHook(false).properties(common).properties(Map.of("server.port", port))
                .run(args);
    }

    public String commandUrl() {
        return "http://localhost:" + port(commandSide);
    }

    public String queryUrl() {
        return "http://localhost:" + port(querySide);
    }

    public ConfigurableApplicationContext commandSide() {
        return commandSide;
    }

    public ConfigurableApplicationContext querySide() {
        return querySide;
    }

    private static String port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getProperty("local.server.port");
    }

    @Override
    public void close() {
        querySide.close();
        commandSide.close();
    }
}
