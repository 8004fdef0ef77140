package uz.daftar.command.process;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.test.utils.RecordingCommandBus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uz.daftar.command.CommandRejected;
import uz.daftar.command.ai.ArtefactKind;
import uz.daftar.command.ai.CompleteArtefactCommand;
import uz.daftar.command.ai.ConfirmPendingCommand;
import uz.daftar.command.ai.FailArtefactCommand;
import uz.daftar.command.ai.FakeOpenAi;
import uz.daftar.command.ai.OpenAiGenerator;
import uz.daftar.command.ai.PersonalTerms;
import uz.daftar.command.ai.Prompts;
import uz.daftar.events.ai.ArtefactRequested;
import uz.daftar.events.learner.StudentProfile;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The generation process against a fake model server, through the real client. */
class ArtefactGenerationTest {

    private static final Instant NOW = Instant.parse("2025-11-02T08:00:00Z");
    private static final PersonalTerms AZIZA = PersonalTerms.of(
            List.of(new StudentProfile("Aziza K.", LocalDate.parse("2017-03-14"))), List.of("parent-001"));
    private static final String NARRATIVE = "{\"paragraphs\":[\"Your child practised on 12 days.\"],"
            + "\"highlights\":[\"12 active days\"]}";

    private final FakeOpenAi server = new FakeOpenAi();
    private final RecordingCommandBus bus = new RecordingCommandBus();
    private ArtefactGeneration process;

    @BeforeEach
    void setUp() {
        OpenAiGenerator generator = new OpenAiGenerator(server.baseUrl(), null, "gpt-4o-mini", Duration.ofSeconds(3));
        process = new ArtefactGeneration(DefaultCommandGateway.builder().commandBus(bus).build(), generator::generate,
                requested -> AZIZA, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static ArtefactRequested narrativeRequested() {
        return new ArtefactRequested("n-1", "PARENT_NARRATIVE", "student-001", null, LocalDate.parse("2025-10-01"),
                LocalDate.parse("2025-10-31"), "parent-001", "PARENT",
                Prompts.currentVersion(ArtefactKind.PARENT_NARRATIVE),
                "{\"xpEarned\":120,\"answers\":40,\"accuracyPercent\":85,\"activeDays\":12}",
                List.of("query-watermark:4711"), NOW);
    }

    @Test
    void aGeneratedNarrativeIsRecordedWithModelAndPromptVersion() {
        server.answerWith(FakeOpenAi.completion("gpt-4o-mini-2024-07-18", NARRATIVE));

        process.on(narrativeRequested());

        assertThat(dispatched()).last().isEqualTo(new CompleteArtefactCommand("n-1", "gpt-4o-mini-2024-07-18",
                "parent-narrative.v1", NARRATIVE, 120L, 45L, "chatcmpl-fake-1", NOW));
        assertThat(server.requests().get(0)).contains("xpEarned", "120").doesNotContain("Aziza")
                .doesNotContain("2017-03-14").doesNotContain("parent-001");
    }

    @Test
    void anOutputEchoingTheChildsNameIsRefusedAndNotRecorded() {
        server.answerWith(FakeOpenAi.completion("gpt-4o-mini", "{\"paragraphs\":[\"Aziza practised on 12 days.\"],"
                + "\"highlights\":[]}"));

        process.on(narrativeRequested());

        assertThat(dispatched()).last().isInstanceOfSatisfying(FailArtefactCommand.class, failed -> {
            assertThat(failed.failure()).isEqualTo(ArtefactGeneration.PERSONAL_DATA);
            assertThat(failed.message()).contains("a student's name").doesNotContain("Aziza");
        });
        assertThat(dispatched()).noneMatch(CompleteArtefactCommand.class::isInstance);
    }

    @Test
    void aPromptThatWouldCarryPersonalDataIsNeverSent() {
        ArtefactRequested story = new ArtefactRequested("s-1", "STORY_DRAFT", null, "class-1", null, null,
                "teacher-1", "TEACHER", "story-draft.v1",
                "{\"topic\":\"a birthday on 14.03.2017\",\"language\":\"en\",\"gradeLevel\":2}", List.of(), NOW);

        process.on(story);

        assertThat(server.requests()).isEmpty();
        assertThat(dispatched()).last().isInstanceOfSatisfying(FailArtefactCommand.class, failed ->
                assertThat(failed.failure()).isEqualTo(ArtefactGeneration.PERSONAL_DATA));
    }

    @Test
    void aServerErrorIsRecordedAsAFailureOfThatKind() {
        server.answerWith(FakeOpenAi.error(500));

        process.on(narrativeRequested());

        assertThat(dispatched()).last().isInstanceOfSatisfying(FailArtefactCommand.class, failed ->
                assertThat(failed.failure()).isEqualTo("SERVER_ERROR"));
    }

    @Test
    void aRedeliveredRequestOfASettledArtefactCallsNothing() {
        bus.setCallbackBehavior((command, metaData) -> {
            if (command instanceof ConfirmPendingCommand) {
                throw new CommandExecutionException("settled", null,
                        new CommandRejected.Rejection(409, "artefact-settled", "already generated"));
            }
            return null;
        });
        server.answerWith(FakeOpenAi.completion("gpt-4o-mini", NARRATIVE));

        process.on(narrativeRequested());

        assertThat(server.requests()).isEmpty();
        assertThat(dispatched()).containsExactly(new ConfirmPendingCommand("n-1"));
    }

    private List<Object> dispatched() {
        return bus.getDispatchedCommands().stream().map(CommandMessage::getPayload).map(Object.class::cast).toList();
    }
}
