package uz.daftar.projections.learner;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uz.daftar.events.learner.GuardianLinked;
import uz.daftar.projections.ReadModelDatabase;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which guardian follows which student, by calling the projection's handlers directly against a real PostgreSQL.
 * A link is kept once, so a redelivered {@link GuardianLinked} changes nothing even without the token's transaction.
 */
class GuardianshipProjectionIT {

    private static final Instant T = Instant.parse("2026-09-01T08:00:00Z");
    private static final String GUARDIAN = "guardian-1";

    private static ReadModelDatabase database;
    private static GuardianshipProjection projection;
    private static GuardianshipReader guardianship;

    @BeforeAll
    static void startPostgres() throws IOException, SQLException {
        database = ReadModelDatabase.start();
        projection = new GuardianshipProjection(database.jdbc());
        guardianship = new GuardianshipReader(database.jdbc());
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        database.close();
    }

    @BeforeEach
    void emptyGuardianships() {
        projection.reset();
    }

    @Test
    void aGuardianFollowsOnlyTheChildrenLinkedToThem() {
        projection.on(new GuardianLinked("stu-b", GUARDIAN, T));
        projection.on(new GuardianLinked("stu-a", GUARDIAN, T));
        projection.on(new GuardianLinked("stu-c", "guardian-2", T));

        assertThat(guardianship.follows(GUARDIAN, "stu-a")).isTrue();
        assertThat(guardianship.follows(GUARDIAN, "stu-c")).isFalse();
        assertThat(guardianship.follows("guardian-3", "stu-a")).isFalse();
        assertThat(guardianship.children(GUARDIAN)).containsExactly("stu-a", "stu-b");
        assertThat(guardianship.children("guardian-3")).isEmpty();
    }

    @Test
    void aChildMayBeFollowedByEachOfTheirGuardians() {
        projection.on(new GuardianLinked("stu-a", GUARDIAN, T));
        projection.on(new GuardianLinked("stu-a", "guardian-2", T));

        assertThat(guardianship.follows(GUARDIAN, "stu-a")).isTrue();
        assertThat(guardianship.follows("guardian-2", "stu-a")).isTrue();
    }

    @Test
    void aLinkDeliveredTwiceIsOneLink() {
        projection.on(new GuardianLinked("stu-a", GUARDIAN, T));
        projection.on(new GuardianLinked("stu-a", GUARDIAN, T));

        assertThat(guardianship.children(GUARDIAN)).containsExactly("stu-a");
    }

    @Test
    void aResetForgetsTheLinks() {
        projection.on(new GuardianLinked("stu-a", GUARDIAN, T));

        projection.reset();

        assertThat(guardianship.follows(GUARDIAN, "stu-a")).isFalse();
    }
}
