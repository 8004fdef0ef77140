package uz.daftar.platform.trust;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class VerifyReceiptTest {

    private static final String[] PAIR = CheckpointKeys.generate();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    @Test
    void aValidReceiptFileExitsZeroAndATamperedOneOneWithTheReason() throws IOException {
        Receipt receipt = ReceiptsTest.receipts(ReceiptsTest.sixLinkedEvents(CheckpointKeys.of(PAIR[0], PAIR[1]), 2),
                PAIR[1]).issue("ali", "e1").receipt();
        String json = new ObjectMapper().writeValueAsString(receipt);
        Path file = Files.writeString(dir.resolve("receipt.json"), json);
        Path tampered = Files.writeString(dir.resolve("tampered.json"),
                json.replace("\"globalIndex\":10,\"eventId\"", "\"globalIndex\":11,\"eventId\""));

        assertThat(run("--receipt=" + file, "--verify-key=" + PAIR[1])).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"valid\" : true");
        out.reset();
        assertThat(run("--receipt=" + tampered, "--verify-key=" + PAIR[1])).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"problem\" : \"STUDENT_LINK\"");
    }

    @Test
    void aFileThatIsNotAReceiptIsInvalid() throws IOException {
        Path file = Files.writeString(dir.resolve("receipt.json"), "{\"hello\":");

        assertThat(run("--receipt=" + file, "--verify-key=" + PAIR[1])).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("FORMAT");
    }

    @Test
    void withoutAReceiptOrAKeyOrWithAMissingFileItExitsTwo() throws IOException {
        assertThat(run("--verify-key=" + PAIR[1])).isEqualTo(2);
        assertThat(run("receipt.json")).isEqualTo(2);
        assertThat(run("--receipt=" + dir.resolve("missing.json"), "--verify-key=" + PAIR[1])).isEqualTo(2);
        assertThat(run("--receipt=" + dir.resolve("missing.json"), "--verify-key=bm8=")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: VerifyReceipt --receipt=FILE");
        assertThat(out.size()).isZero();
    }

    private int run(String... args) throws IOException {
        return VerifyReceipt.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
