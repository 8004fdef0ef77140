package uz.daftar.command.ai;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uz.daftar.command.CommandRejected;
import uz.daftar.events.ai.ArtefactGenerated;
import uz.daftar.events.ai.ArtefactGenerationFailed;
import uz.daftar.events.ai.ArtefactRequested;
import uz.daftar.events.ai.DraftApproved;
import uz.daftar.events.ai.DraftRejected;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArtefactTest {

    static final Instant NOW = Instant.parse("2025-11-02T08:00:00Z");
    static final LocalDate FROM = LocalDate.parse("2025-10-01");
    static final LocalDate TO = LocalDate.parse("2025-10-31");
    static final String CLASS = "class-3a";

    private FixtureConfiguration<Artefact> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Artefact.class);
    }

    static RequestArtefactCommand narrative(String role) {
        return new RequestArtefactCommand("n-1", ArtefactKind.PARENT_NARRATIVE, "stu-1", null, FROM, TO, "parent-1",
                role, "parent-narrative.v1", "{}", List.of("query-watermark:12"), NOW);
    }

    static ArtefactRequested narrativeRequested() {
        return new ArtefactRequested("n-1", "PARENT_NARRATIVE", "stu-1", null, FROM, TO, "parent-1", "PARENT",
                "parent-narrative.v1", "{}", List.of("query-watermark:12"), NOW);
    }

    static ArtefactRequested storyRequested() {
        return new ArtefactRequested("s-1", "STORY_DRAFT", null, CLASS, null, null, "teacher-1", "TEACHER",
                "story-draft.v1", "{\"topic\":\"hedgehogs\"}", List.of(), NOW);
    }

    static ArtefactGenerated storyGenerated() {
        return new ArtefactGenerated("s-1", "STORY_DRAFT", null, CLASS, "gpt-4o-mini", "story-draft.v1",
                "{\"title\":\"t\",\"paragraphs\":[\"p\"]}", 10L, 20L, "chatcmpl-1", NOW.plusSeconds(3));
    }

    static CompleteArtefactCommand complete(String artefactId) {
        return new CompleteArtefactCommand(artefactId, "gpt-4o-mini", "story-draft.v1",
                "{\"title\":\"t\",\"paragraphs\":[\"p\"]}", 10L, 20L, "chatcmpl-1", NOW.plusSeconds(3));
    }

    @Nested
    class RequestNarrative {

        @Test
        void aLinkedParentAsksForANarrative() {
            fixture.givenNoPriorActivity()
                   .when(narrative("PARENT"))
                   .expectEvents(narrativeRequested());
        }

        @Test
        void aStudentCannotAskForTheirParentsNarrative() {
            fixture.givenNoPriorActivity()
                   .when(narrative("STUDENT"))
                   .expectException(CommandRejected.class)
                   .expectNoEvents();
        }

        @Test
        void aTeacherCannotAskForANarrative() {
            fixture.givenNoPriorActivity()
                   .when(narrative("TEACHER"))
                   .expectException(CommandRejected.class)
                   .expectNoEvents();
        }

        @Test
        void aNarrativeNeedsItsPeriod() {
            fixture.givenNoPriorActivity()
                   .when(new RequestArtefactCommand("n-1", ArtefactKind.PARENT_NARRATIVE, "stu-1", null, null, null,
                           "admin-1", "ADMIN", "parent-narrative.v1", "{}", List.of(), NOW))
                   .expectException(CommandRejected.class)
                   .expectNoEvents();
        }
    }

    @Nested
    class RequestDraft {

        @Test
        void aDraftIsForAClassNotAStudent() {
            fixture.givenNoPriorActivity()
                   .when(new RequestArtefactCommand("s-1", ArtefactKind.STORY_DRAFT, "stu-1", null, null, null,
                           "teacher-1", "TEACHER", "story-draft.v1", "{}", List.of(), NOW))
                   .expectException(CommandRejected.class)
                   .expectNoEvents();
        }

        @Test
        void onlyATeacherAsksForADraft() {
            fixture.givenNoPriorActivity()
                   .when(new RequestArtefactCommand("s-1", ArtefactKind.QUIZ_DRAFT, null, CLASS, null, null,
                           "parent-1", "PARENT", "quiz-draft.v1", "{}", List.of(), NOW))
                   .expectException(CommandRejected.class)
                   .expectNoEvents();
        }
    }

    @Nested
    class Generation {

        @Test
        void aPendingRequestIsGenerated() {
            fixture.given(storyRequested())
                   .when(complete("s-1"))
                   .expectEvents(storyGenerated());
        }

        @Test
        void anArtefactIsGeneratedOnlyOnce() {
            fixture.given(storyRequested(), storyGenerated())
                   .when(complete("s-1"))
                   .expectException(CommandRejected.class)
                   .expectNoEvents();
        }

        @Test
        void aFailedRequestIsNeverGeneratedAfterwards() {
            fixture.given(storyRequested(), new ArtefactGenerationFailed("s-1", "STORY_DRAFT", null, CLASS,
                           "TIMEOUT", "slow", NOW))
                   .when(complete("s-1"))
                   .expectException(CommandRejected.class)
                   .expectNoEvents();
        }

        @Test
        void aGeneratedArtefactIsNoLongerPending() {
            fixture.given(storyRequested(), storyGenerated())
                   .when(new ConfirmPendingCommand("s-1"))
                   .expectExceptionMessage(org.hamcrest.Matchers.containsString("already generated"));
        }

        @Test
        void aRequestedArtefactIsPending() {
            fixture.given(storyRequested())
                   .when(new ConfirmPendingCommand("s-1"))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }
    }

    @Nested
    class Approval {

        @Test
        void theClassTeacherApprovesAGeneratedDraft() {
            fixture.given(storyRequested(), storyGenerated())
                   .when(new ApproveDraftCommand("s-1", CLASS, "teacher-1", NOW.plusSeconds(60)))
                   .expectEvents(new DraftApproved("s-1", CLASS, "teacher-1", NOW.plusSeconds(60)));
        }

        @Test
        void aTeacherOfAnotherClassCannotApprove() {
            fixture.given(storyRequested(), storyGenerated())
                   .when(new ApproveDraftCommand("s-1", "class-other", "teacher-9", NOW.plusSeconds(60)))
                   .expectException(CommandRejected.class)
                   .expectNoEvents();
        }

        @Test
        void aDraftIsApprovedOnlyOnce() {
            fixture.given(storyRequested(), storyGenerated(),
                           new DraftApproved("s-1", CLASS, "teacher-1", NOW.plusSeconds(60)))
                   .when(new ApproveDraftCommand("s-1", CLASS, "teacher-1", NOW.plusSeconds(90)))
                   .expectException(CommandRejected.class)
                   .expectNoEvents();
        }

        @Test
        void aRejectedDraftCannotBeApproved() {
            fixture.given(storyRequested(), storyGenerated(),
                           new DraftRejected("s-1", CLASS, "teacher-1", "too long", NOW.plusSeconds(60)))
                   .when(new ApproveDraftCommand("s-1", CLASS, "teacher-1", NOW.plusSeconds(90)))
                   .expectException(CommandRejected.class)
                   .expectNoEvents();
        }

        @Test
        void aDraftWithoutTextCannotBeApproved() {
            fixture.given(storyRequested())
                   .when(new ApproveDraftCommand("s-1", CLASS, "teacher-1", NOW.plusSeconds(60)))
                   .expectException(CommandRejected.class)
                   .expectNoEvents();
        }

        @Test
        void aNarrativeIsNotADraft() {
            fixture.given(narrativeRequested(), new ArtefactGenerated("n-1", "PARENT_NARRATIVE", "stu-1", null,
                           "gpt-4o-mini", "parent-narrative.v1", "{}", 1L, 1L, "r", NOW))
                   .when(new RejectDraftCommand("n-1", CLASS, "teacher-1", "no", NOW))
                   .expectException(CommandRejected.class)
                   .expectNoEvents();
        }

        @Test
        void theClassTeacherRejectsADraftWithAReason() {
            fixture.given(storyRequested(), storyGenerated())
                   .when(new RejectDraftCommand("s-1", CLASS, "teacher-1", "too hard", NOW.plusSeconds(60)))
                   .expectEvents(new DraftRejected("s-1", CLASS, "teacher-1", "too hard", NOW.plusSeconds(60)));
        }
    }

    @Test
    void everyKindRunsUnderAnOutsideFeature() {
        for (ArtefactKind kind : ArtefactKind.values()) {
            assertThat(kind.feature()).isNotNull();
        }
    }
}
