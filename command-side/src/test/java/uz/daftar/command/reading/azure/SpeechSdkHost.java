package uz.daftar.command.reading.azure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the Speech SDK's native library needs from the host: ALSA ({@code libasound.so.2}), OpenSSL 3
 * ({@code libssl.so.3}) and {@code libuuid.so.1}. Missing packages are installed with apt-get when we are root (as
 * in CI); otherwise the test fails saying what to install.
 */
final class SpeechSdkHost {

    private static final Map<String, String> LIBRARIES = Map.of("libasound.so.2", "libasound2",
            "libssl.so.3", "libssl3", "libuuid.so.1", "libuuid1");
    private static final List<Path> LIBRARY_DIRS = List.of(Path.of("/lib/x86_64-linux-gnu"),
            Path.of("/usr/lib/x86_64-linux-gnu"), Path.of("/lib/aarch64-linux-gnu"),
            Path.of("/usr/lib/aarch64-linux-gnu"), Path.of("/usr/lib64"), Path.of("/usr/lib"));

    private SpeechSdkHost() {
    }

    static synchronized void ensureReady() {
        List<String> missing = missingPackages();
        if (missing.isEmpty()) {
            return;
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("The Speech SDK needs the Debian packages " + missing
                    + "; install them (apt-get install " + String.join(" ", missing) + ")");
        }
        run(List.of("apt-get", "-q", "update"));
        List<String> install = new ArrayList<>(List.of("apt-get", "-o", "DPkg::Lock::Timeout=600", "install", "-y",
                "-q", "--no-install-recommends"));
        install.addAll(missing);
        run(install);
        if (!missingPackages().isEmpty()) {
            throw new IllegalStateException("apt-get ran but " + missingPackages() + " are still missing");
        }
    }

    private static List<String> missingPackages() {
        return LIBRARIES.entrySet().stream()
                .filter(library -> LIBRARY_DIRS.stream().noneMatch(dir -> Files.exists(dir.resolve(library.getKey()))))
                .map(Map.Entry::getValue).sorted().toList();
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
