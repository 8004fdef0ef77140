package uz.daftar.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What it takes to run a server as the unprivileged user {@code nobody} when we are root. */
final class RunAs {

    private RunAs() {
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Copies {@code source} to {@code target} once, owned by nobody, so that nobody can read every file of it. */
    static Path copyForNobody(Path source, Path target) throws IOException {
        if (!Files.exists(target.resolve("bin/elasticsearch"))) {
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            run(List.of("rm", "-rf", partial.toString()));
            run(List.of("cp", "-a", source.toString(), partial.toString()));
            run(List.of("chown", "-R", "nobody", partial.toString()));
            Files.move(partial, target);
        }
        return target;
    }

    /** Makes {@code directory} and everything in it nobody's, and lets nobody reach it. */
    static void giveToNobody(Path directory) throws IOException {
        if (!nobodyCanReach(directory.toAbsolutePath().getParent())) {
            throw new IllegalStateException("Elasticsearch runs as 'nobody', who cannot reach " + directory
                    + "; keep its data under a path others may traverse (e.g. /var/tmp)");
        }
        run(List.of("chown", "-R", "nobody", directory.toString()));
    }

    /** Whether nobody may enter {@code dir}: every directory on the way must let others through. */
    static boolean nobodyCanReach(Path dir) {
        try {
            return exec(List.of("runuser", "-u", "nobody", "--", "test", "-x", dir.toAbsolutePath().toString())) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static void run(List<String> command) throws IOException {
        int exit = exec(command);
        if (exit != 0) {
            throw new IOException(String.join(" ", command) + " exited with " + exit);
        }
    }

    private static int exec(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        try {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " took too long");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted", e));
        }
    }
}
