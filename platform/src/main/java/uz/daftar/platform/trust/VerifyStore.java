package uz.daftar.platform.trust;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import uz.daftar.events.serialization.EventSerialization;
import uz.daftar.events.upcasting.EventUpcasters;
import uz.daftar.platform.deadletter.StudentSequencingPolicy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The verification from the command line, straight against the database: prints the report as JSON and exits 0 when
 * intact, 1 on any finding, 2 on a usage error. Needs only the public key. See the README for the command.
 * <pre>
 * VerifyStore --url=jdbc:postgresql://host:5432/daftar --user=... [--password=...] [--verify-key=...]
 *             [--student=ID]
 * </pre>
 * The password and key may come from {@code PGPASSWORD} and {@code DAFTAR_TRUST_VERIFYKEY} instead.
 */
public final class VerifyStore {

    private VerifyStore() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String url = options.get("url");
        String verifyKey = options.getOrDefault("verify-key", System.getenv("DAFTAR_TRUST_VERIFYKEY"));
        if (url == null || verifyKey == null) {
            System.err.println("usage: VerifyStore --url=JDBC_URL --user=USER [--password=PASSWORD] "
                    + "[--verify-key=BASE64_X509] [--student=ID]  (or PGPASSWORD, DAFTAR_TRUST_VERIFYKEY)");
            System.exit(2);
        }
        var dataSource = new DriverManagerDataSource(url, options.getOrDefault("user", "postgres"),
                options.getOrDefault("password", System.getenv().getOrDefault("PGPASSWORD", "")));
        StudentSequencingPolicy students = new StudentSequencingPolicy();
        TamperVerifier verifier = new TamperVerifier(new TamperRecords(new JdbcTemplate(dataSource)),
                new EventStudents(EventSerialization.serializer(), EventUpcasters.chain(), students),
                CheckpointKeys.of(null, verifyKey));
        String student = options.get("student");
        VerificationReport report = student == null ? verifier.verifyStore() : verifier.verifyStudent(student);
        System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        System.exit(report.intact() ? 0 : 1);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                System.err.println("not an option: " + arg);
                System.exit(2);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }
}
