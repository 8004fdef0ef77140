package uz.daftar.platform.trust;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import uz.daftar.platform.deadletter.DeadLetterConfiguration;
import uz.daftar.platform.deadletter.StudentSequencingPolicy;
import uz.daftar.platform.schema.SchemaMigration;
import uz.daftar.platform.web.BodyAllowance;

/**
 * Tamper evidence, in the app that sets {@code daftar.trust.enabled=true} (the query side): the chain tables, the
 * {@link TamperChain} processor, the {@link TamperVerifier} and the
 * {@link Receipts}. Keys: {@code daftar.trust.signing-key} and
 * {@code daftar.trust.verify-key}; a checkpoint every {@code daftar.trust.checkpoint-every} events. See
 * docs/decisions/0009.
 */
@AutoConfiguration(after = DeadLetterConfiguration.class)
@ConditionalOnProperty(name = "daftar.trust.enabled", havingValue = "true")
public class TrustConfiguration {

    @Bean
    public SchemaMigration tamperEvidenceTables() {
        return new SchemaMigration("trust", "classpath:db/trust");
    }

    @Bean
    public TamperRecords tamperRecords(JdbcTemplate jdbc) {
        return new TamperRecords(jdbc);
    }

    @Bean
    public CheckpointKeys checkpointKeys(@Value("${daftar.trust.signing-key}") String signingKey,
                                         @Value("${daftar.trust.verify-key}") String verifyKey) {
        return CheckpointKeys.of(signingKey, verifyKey);
    }

    @Bean
    public TamperChain tamperChain(TamperRecords records, StudentSequencingPolicy students, CheckpointKeys keys,
                                   @Value("${daftar.trust.checkpoint-every:1000}") long checkpointEvery) {
        return new TamperChain(records, students, keys, checkpointEvery);
    }

    @Bean
    public EventStudents eventStudents(Serializer serializer, EventUpcaster upcasters,
                                       StudentSequencingPolicy students) {
        return new EventStudents(serializer, upcasters, students);
    }

    @Bean
    public TamperVerifier tamperVerifier(TamperRecords records, EventStudents students, CheckpointKeys keys) {
        return new TamperVerifier(records, students, keys);
    }

    /** A receipt sent for verification carries up to {@code checkpoint-every} proof links: about 100 bytes each. */
    @Bean
    public BodyAllowance receiptBodies(@Value("${daftar.trust.max-receipt-bytes:1048576}") long maxBytes) {
        return new BodyAllowance(Receipts.VERIFICATION_PATH, maxBytes);
    }

    @Bean
    public ReceiptVerifier receiptVerifier(CheckpointKeys keys) {
        return new ReceiptVerifier(keys);
    }

    @Bean
    public Receipts receipts(TamperRecords records, EventStudents students, CheckpointKeys keys) {
        return new Receipts(records, students, keys);
    }

    @Bean
    public ChainAnchors chainAnchors(TamperRecords records, CheckpointKeys keys) {
        return new ChainAnchors(records, keys);
    }

    @Bean
    public StudentEvents studentEvents(TamperRecords records, EventStudents students) {
        return new StudentEvents(records, students);
    }
}
