package uz.daftar.projections.progress;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uz.daftar.events.progress.BadgeEarned;
import uz.daftar.projections.ReadModelDatabase;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A student's badges, by calling the projection's handlers directly against a real PostgreSQL. A badge is kept once
 * per student, so a redelivered {@link BadgeEarned} changes nothing even without the token's transaction.
 */
class BadgeProjectionIT {

    private static final Instant T = Instant.parse("2026-11-23T06:00:00Z");
    private static final String STUDENT = "stu-a";

    private static ReadModelDatabase database;
    private static BadgeProjection projection;
    private static BadgeReader reader;

    @BeforeAll
    static void startPostgres() throws IOException, SQLException {
        database = ReadModelDatabase.start();
        projection = new BadgeProjection(database.jdbc());
        reader = new BadgeReader(database.jdbc());
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        database.close();
    }

    @BeforeEach
    void emptyBadges() {
        projection.reset();
    }

    @Test
    void aBadgeIsEarnedOnceAndKeepsTheEarningThatFirstArrived() {
        projection.on(new BadgeEarned(STUDENT, "streak-7", "badges.v1", "streak-day-7", T));
        projection.on(new BadgeEarned(STUDENT, "streak-7", "badges.v1", "streak-day-7", T));
        projection.on(new BadgeEarned(STUDENT, "streak-7", "badges.v2", "streak-day-14", T.plusSeconds(604_800)));

        assertThat(reader.badges(STUDENT)).containsExactly(new BadgeRow("streak-7", "badges.v1", "streak-day-7", T));
    }

    @Test
    void badgesAreReadNewestFirstWithALateOneWhereItWasEarned() {
        projection.on(new BadgeEarned(STUDENT, "first-answer", "badges.v1", "ans-1", T));
        projection.on(new BadgeEarned(STUDENT, "xp-100", "badges.v1", "xp-9", T.plusSeconds(172_800)));

        projection.on(new BadgeEarned(STUDENT, "busy-day", "badges.v1", "ans-40", T.plusSeconds(86_400)));

        assertThat(reader.badges(STUDENT)).extracting(BadgeRow::badgeId)
                .containsExactly("xp-100", "busy-day", "first-answer");
    }

    @Test
    void aStudentReadsOnlyTheirOwnBadges() {
        projection.on(new BadgeEarned(STUDENT, "first-answer", "badges.v1", "ans-1", T));
        projection.on(new BadgeEarned("stu-b", "busy-day", "badges.v1", "ans-2", T));

        assertThat(reader.badges(STUDENT)).extracting(BadgeRow::badgeId).containsExactly("first-answer");
        assertThat(reader.badges("stu-c")).isEmpty();
    }
}
