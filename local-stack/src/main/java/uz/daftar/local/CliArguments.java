package uz.daftar.local;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the operator asked {@link OperatorCli} for: the command, both apps' base URLs, the bearer token and the
 * command's options. Parsing fails with a {@link UsageError} that says what is wrong.
 */
record CliArguments(String command, String commandUrl, String queryUrl, String token, String processor,
                    String sequence, String reason) {

    static final List<String> COMMANDS = List.of("status", "dead-letters", "retry", "retry-all", "evict");
    static final String USAGE = """
            usage: OperatorCli COMMAND [--token=JWT] [--command-url=URL] [--query-url=URL] [options]
              status       [--processor=NAME]           every processor of both apps, or one
              dead-letters --processor=NAME              the parked sequences and their letters
              retry        --processor=NAME --sequence=ID
              retry-all    --processor=NAME
              evict        --processor=NAME --sequence=ID --reason=TEXT
            The token may come from DAFTAR_TOKEN; the URLs default to http://localhost:8081 (command side) and
            http://localhost:8082 (query side). Exit codes: 0 done, 1 refused or failed, 2 usage, 3 unreachable.""";

    private static final Set<String> OPTIONS = Set.of("token", "command-url", "query-url", "processor", "sequence",
            "reason");

    /** A command line that cannot be run as it is. */
    static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message);
        }
    }

    static CliArguments parse(String[] args, Map<String, String> environment) {
        String command = null;
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--")) {
                int equals = arg.indexOf('=');
                if (equals < 0) {
                    throw new UsageError("option " + arg + " needs a value: " + arg + "=...");
                }
                String name = arg.substring(2, equals);
                if (!OPTIONS.contains(name)) {
                    throw new UsageError("unknown option --" + name);
                }
                if (options.put(name, arg.substring(equals + 1)) != null) {
                    throw new UsageError("option --" + name + " given twice");
                }
            } else if (command == null) {
                command = arg;
            } else {
                throw new UsageError("one command only, not '" + command + "' and '" + arg + "'");
            }
        }
        if (command == null) {
            throw new UsageError("no command; one of " + COMMANDS);
        }
        if (!COMMANDS.contains(command)) {
            throw new UsageError("unknown command '" + command + "'; one of " + COMMANDS);
        }
        String token = options.getOrDefault("token", environment.get("DAFTAR_TOKEN"));
        if (token == null || token.isBlank()) {
            throw new UsageError("no token: --token=JWT or DAFTAR_TOKEN");
        }
        CliArguments parsed = new CliArguments(command, url(options, "command-url", "http://localhost:8081"),
                url(options, "query-url", "http://localhost:8082"), token.strip(), options.get("processor"),
                options.get("sequence"), options.get("reason"));
        parsed.requireOptionsOfItsCommand();
        return parsed;
    }

    private void requireOptionsOfItsCommand() {
        if (!command.equals("status") && blank(processor)) {
            throw new UsageError(command + " needs --processor=NAME");
        }
        if ((command.equals("retry") || command.equals("evict")) && blank(sequence)) {
            throw new UsageError(command + " needs --sequence=ID");
        }
        if (command.equals("evict") && (blank(reason) || reason.strip().length() > 500)) {
            throw new UsageError("evict needs --reason=TEXT of 1 to 500 characters");
        }
        if (!command.equals("evict") && reason != null) {
            throw new UsageError("--reason is for evict only");
        }
        if (!(command.equals("retry") || command.equals("evict")) && sequence != null) {
            throw new UsageError("--sequence is for retry and evict only");
        }
    }

    private static String url(Map<String, String> options, String name, String otherwise) {
        String url = options.getOrDefault(name, otherwise).replaceAll("/+$", "");
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new UsageError("--" + name + " must be an http:// or https:// URL, not '" + url + "'");
        }
        return url;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
