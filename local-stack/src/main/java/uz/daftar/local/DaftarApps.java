package uz.daftar.local;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uz.daftar.command.CommandSideApplication;
import uz.daftar.query.QuerySideApplication;

import java.util.ArrayList;
import java.util.List;
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

    /** The settings go in as command-line arguments: they outrank every configuration file, as they must. */
    private static ConfigurableApplicationContext run(SpringApplicationBuilder builder, Map<String, Object> common,
                                                      int port, String[] configName) {
        List<String> args = new ArrayList<>(List.of(configName));
        common.forEach((key, value) -> args.add("--" + key + "=" + value));
        args.add("--server.port=" + port);
        return builder.registerShutdownHook(false).run(args.toArray(String[]::new));
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
