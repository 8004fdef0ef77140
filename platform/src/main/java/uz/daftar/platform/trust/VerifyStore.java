package uz.daftar.platform.trust;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import uz.daftar.events.serialization.EventSerialization;
import uz.daftar.events.upcasting.EventUpcasters;
import uz.daftar.platform.deadletter.StudentSequencingPolicy;

import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The verification from the command line, straight against the database: prints the report as JSON and exits 0 when
 * intact, 1 on any finding, 2 on a usage error, 3 when the store cannot be read. Needs only the public key. See the
 * README for the command.
 * <pre>
 * VerifyStore --url=jdbc:postgresql://host:5432/daftar --user=... [--password=...] [--verify-key=...]
 *             [--student=ID]
 * </pre>
 * The password and key may come from {@code PGPASSWORD} and {@code DAFTAR_TRUST_VERIFYKEY} instead.
 */
public final class VerifyStore {

    private VerifyStore() {
    }

    public static void main(String[] args) throws IOException {
        System.exit(run(args, System.out, System.err));
    }

    /** Verifies, prints the report to {@code out}, and answers the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        Map<String, String> options = options(args);
        String url = options == null ? null : options.get("url");
        String verifyKey = url == null ? null
                : options.getOrDefault("verify-key", System.getenv("DAFTAR_TRUST_VERIFYKEY"));
        if (url == null || verifyKey == null) {
            err.println("usage: VerifyStore --url=JDBC_URL --user=USER [--password=PASSWORD] "
                    + "[--verify-key=BASE64_X509] [--student=ID]  (or PGPASSWORD, DAFTAR_TRUST_VERIFYKEY)");
            return 2;
        }
        var dataSource = new DriverManagerDataSource(url, options.getOrDefault("user", "postgres"),
                options.getOrDefault("password", System.getenv().getOrDefault("PGPASSWORD", "")));
        StudentSequencingPolicy students = new StudentSequencingPolicy();
        TamperVerifier verifier = new TamperVerifier(new TamperRecords(new JdbcTemplate(dataSource)),
                new EventStudents(EventSerialization.serializer(), EventUpcasters.chain(), students),
                CheckpointKeys.of(null, verifyKey));
        String student = options.get("student");
        VerificationReport report;
        try {
            report = student == null ? verifier.verifyStore() : verifier.verifyStudent(student);
        } catch (DataAccessException e) {
            err.println("could not read the event store: " + e.getMostSpecificCause().getMessage());
            return 3;
        }
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        return report.intact() ? 0 : 1;
    }

    /** The {@code --name=value} arguments; {@code null} if one is not of that form. Also for {@link VerifyReceipt}. */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                return null;
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }
}
