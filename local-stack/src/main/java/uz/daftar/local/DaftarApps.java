package uz.daftar.local;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uz.daftar.command.CommandSideApplication;
import uz.daftar.query.QuerySideApplication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    /**
     * Starts the command side, then the query side. The query side serves the operations console, which calls the
     * command side's admin API from the browser: the command side lets the query side's origin do so, and the query
     * side tells the console where the command side is; the command side fetches a report's figures from the query side
     * for a narrative. A query port of 0 is chosen here, before either starts.
     */
    public static DaftarApps start(StackSettings settings) {
        return start(settings, Map.of());
    }

    /** As {@link #start(StackSettings)}, with more settings for the command side alone (the tests' fakes, a model server's URL). */
    public static DaftarApps start(StackSettings settings, Map<String, Object> commandOnly) {
        int queryPort = settings.queryPort() == 0 ? freePort() : settings.queryPort();
        Map<String, Object> commandSettings = new LinkedHashMap<>(settings.common());
        commandSettings.put("daftar.query.url", "http://localhost:" + queryPort);
        commandSettings.put("daftar.console.origins",
                "http://localhost:" + queryPort + ",http://127.0.0.1:" + queryPort);
        commandSettings.putAll(commandOnly);
        ConfigurableApplicationContext command = run(CommandSideApplication.builder(), commandSettings,
                settings.commandPort(), CommandSideApplication.withConfigName());
        try {
            Map<String, Object> querySettings = new LinkedHashMap<>(settings.common());
            querySettings.put("daftar.console.command-url", "http://localhost:" + port(command));
            return new DaftarApps(command, run(QuerySideApplication.builder(), querySettings,
                    queryPort, QuerySideApplication.withConfigName()));
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

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the query side", e);
        }
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
