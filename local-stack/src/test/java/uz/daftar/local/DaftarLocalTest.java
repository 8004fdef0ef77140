package uz.daftar.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class DaftarLocalTest {

    @Test
    void aSecondRunOnTheSameDataRefusesWithAClearMessageAndStartsNothing(@TempDir Path data) throws Exception {
        // given a run holding the data directory
        try (FileChannel channel = FileChannel.open(data.resolve("daftar.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = channel.lock()) {

            // when another process starts on it
            Process second = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                            .toString(), "-Ddaftar.data=" + data, "-cp", System.getProperty("java.class.path"),
                    DaftarLocal.class.getName())).redirectErrorStream(true).start();
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            // then
            assertThat(second.exitValue()).isEqualTo(2);
            assertThat(output).contains("already running").doesNotContain("Starting PostgreSQL");
            assertThat(data.resolve("postgres")).doesNotExist();
        }
    }
}
