package uz.daftar.platform.trust;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class VerifyStoreTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void withoutAStoreAndAKeyItPrintsTheUsageAndExitsTwo() throws IOException {
        assertThat(run("--student=ali")).isEqualTo(2);
        assertThat(run("jdbc:postgresql://localhost/daftar")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: VerifyStore --url=JDBC_URL");
        assertThat(out.size()).isZero();
    }

    @Test
    void aStoreThatCannotBeReadIsNotReportedAsTamperedButExitsThree() throws IOException {
        assertThat(run("--url=jdbc:postgresql://localhost:1/none", "--verify-key=" + CheckpointKeys.generate()[1]))
                .isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("could not read the event store");
    }

    private int run(String... args) throws IOException {
        return VerifyStore.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
