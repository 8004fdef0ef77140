package uz.daftar.command.olympiad;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uz.daftar.events.olympiad.OlympiadCancelled;
import uz.daftar.events.olympiad.OlympiadCreated;
import uz.daftar.events.olympiad.OlympiadPublished;
import uz.daftar.events.olympiad.OlympiadQuestion;
import uz.daftar.events.olympiad.OlympiadSchedule;
import uz.daftar.events.olympiad.PrizeBand;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static uz.daftar.command.Rejections.rejectedWith;
import static uz.daftar.command.olympiad.OlympiadTestEvents.DURATION_SECONDS;
import static uz.daftar.command.olympiad.OlympiadTestEvents.FINAL_DEADLINE;
import static uz.daftar.command.olympiad.OlympiadTestEvents.OLYMPIAD;
import static uz.daftar.command.olympiad.OlympiadTestEvents.PRIZES;
import static uz.daftar.command.olympiad.OlympiadTestEvents.QUESTIONS;
import static uz.daftar.command.olympiad.OlympiadTestEvents.REGISTRATION_CLOSES;
import static uz.daftar.command.olympiad.OlympiadTestEvents.REGISTRATION_OPENS;
import static uz.daftar.command.olympiad.OlympiadTestEvents.SCHEDULE;
import static uz.daftar.command.olympiad.OlympiadTestEvents.START_CLOSES;
import static uz.daftar.command.olympiad.OlympiadTestEvents.START_OPENS;

class OlympiadTest {

    private static final String ADMIN = "adm-1";
    private static final Instant CREATED_AT = Instant.parse("2025-08-25T10:00:00Z");
    private static final Map<String, String> TITLES = Map.of("uz-Latn", "Matematika", "ru", "Математика");

    private FixtureConfiguration<Olympiad> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Olympiad.class);
    }

    private static CreateOlympiadCommand create(OlympiadSchedule schedule, List<OlympiadQuestion> questions,
                                                List<PrizeBand> prizes) {
        return new CreateOlympiadCommand(OLYMPIAD, TITLES, "math", 9, 11, questions, schedule, 5, prizes, ADMIN,
                CREATED_AT);
    }

    private static OlympiadCreated created() {
        return new OlympiadCreated(OLYMPIAD, TITLES, "math", 9, 11, QUESTIONS, SCHEDULE, 5, PRIZES, ADMIN, CREATED_AT);
    }

    @Nested
    class Create {

        @Test
        void anAdminCreatesAnOlympiadWithASoundSchedule() {
            fixture.givenNoPriorActivity()
                   .when(create(SCHEDULE, QUESTIONS, PRIZES))
                   .expectEvents(created());
        }

        @Test
        void registrationMustCloseNoLaterThanTheStartWindow() {
            OlympiadSchedule schedule = new OlympiadSchedule(REGISTRATION_OPENS, START_CLOSES.plusSeconds(1),
                    START_OPENS, START_CLOSES, DURATION_SECONDS, FINAL_DEADLINE);

            fixture.givenNoPriorActivity()
                   .when(create(schedule, QUESTIONS, PRIZES))
                   .expectException(rejectedWith(422, "unsound-olympiad"))
                   .expectNoEvents();
        }

        @Test
        void theStartWindowMustCloseByTheFinalDeadline() {
            OlympiadSchedule schedule = new OlympiadSchedule(REGISTRATION_OPENS, REGISTRATION_CLOSES, START_OPENS,
                    FINAL_DEADLINE.plusSeconds(1), DURATION_SECONDS, FINAL_DEADLINE);

            fixture.givenNoPriorActivity()
                   .when(create(schedule, QUESTIONS, PRIZES))
                   .expectException(rejectedWith(422, "unsound-olympiad"));
        }

        @Test
        void questionIdsAreDistinct() {
            fixture.givenNoPriorActivity()
                   .when(create(SCHEDULE, List.of(new OlympiadQuestion("q1", 1, "a"), new OlympiadQuestion("q1", 2,
                           "b")), PRIZES))
                   .expectException(rejectedWith(422, "unsound-olympiad"));
        }

        @Test
        void prizeBandsDoNotOverlap() {
            fixture.givenNoPriorActivity()
                   .when(create(SCHEDULE, QUESTIONS, List.of(new PrizeBand(1, 3, 50), new PrizeBand(3, 10, 10))))
                   .expectException(rejectedWith(422, "unsound-olympiad"));
        }

        @Test
        void anOlympiadIdIsCreatedOnce() {
            fixture.given(created())
                   .when(create(SCHEDULE, QUESTIONS, PRIZES))
                   .expectException(rejectedWith(409, "olympiad-exists"))
                   .expectNoEvents();
        }
    }

    @Nested
    class Publish {

        private final Instant publishedAt = CREATED_AT.plusSeconds(3600);

        @Test
        void anAdminPublishesACreatedOlympiadOnce() {
            fixture.given(created())
                   .when(new PublishOlympiadCommand(OLYMPIAD, ADMIN, publishedAt))
                   .expectEvents(new OlympiadPublished(OLYMPIAD, ADMIN, publishedAt));
            fixture.given(created(), new OlympiadPublished(OLYMPIAD, ADMIN, publishedAt))
                   .when(new PublishOlympiadCommand(OLYMPIAD, ADMIN, publishedAt.plusSeconds(5)))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void anOlympiadWhoseRegistrationHasClosedCannotBePublished() {
            fixture.given(created())
                   .when(new PublishOlympiadCommand(OLYMPIAD, ADMIN, REGISTRATION_CLOSES))
                   .expectException(rejectedWith(409, "registration-closed"));
        }

        @Test
        void aCancelledOlympiadCannotBePublished() {
            fixture.given(created(), new OlympiadCancelled(OLYMPIAD, "no room", ADMIN, publishedAt))
                   .when(new PublishOlympiadCommand(OLYMPIAD, ADMIN, publishedAt.plusSeconds(5)))
                   .expectException(rejectedWith(409, "olympiad-cancelled"));
        }
    }

    @Nested
    class Cancel {

        @Test
        void anOlympiadIsCancelledBeforeItsStartWindowOpens() {
            Instant at = START_OPENS.minusSeconds(1);

            fixture.given(created(), new OlympiadPublished(OLYMPIAD, ADMIN, CREATED_AT))
                   .when(new CancelOlympiadCommand(OLYMPIAD, "network down", ADMIN, at))
                   .expectEvents(new OlympiadCancelled(OLYMPIAD, "network down", ADMIN, at));
        }

        @Test
        void anOlympiadThatHasOpenedCannotBeCancelled() {
            fixture.given(created(), new OlympiadPublished(OLYMPIAD, ADMIN, CREATED_AT))
                   .when(new CancelOlympiadCommand(OLYMPIAD, "too late", ADMIN, START_OPENS))
                   .expectException(rejectedWith(409, "olympiad-started"))
                   .expectNoEvents();
        }

        @Test
        void cancellingAgainChangesNothing() {
            fixture.given(created(), new OlympiadCancelled(OLYMPIAD, "network down", ADMIN, CREATED_AT))
                   .when(new CancelOlympiadCommand(OLYMPIAD, "again", ADMIN, CREATED_AT.plusSeconds(5)))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }
    }
}
