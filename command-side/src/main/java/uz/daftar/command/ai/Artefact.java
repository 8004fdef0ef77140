package uz.daftar.command.ai;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uz.daftar.command.CommandRejected;
import uz.daftar.command.StreamIds;
import uz.daftar.events.ai.ArtefactGenerated;
import uz.daftar.events.ai.ArtefactGenerationFailed;
import uz.daftar.events.ai.ArtefactRequested;
import uz.daftar.events.ai.DraftApproved;
import uz.daftar.events.ai.DraftRejected;

import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One generated artefact (ai context), from its request to its output and, for a draft, a teacher's decision.
 * <p>
 * Invariants: a narrative is about a student and is asked for by a linked parent or an admin; recommendations are
 * about a student and asked for by the student, a parent, a teacher or an admin; a story or quiz draft is for a class
 * and asked for by its teacher (who is linked, and who teaches, is confirmed by the student and the class before
 * the request); an artefact is generated or fails once, never both; only a generated draft is decided, once, and
 * only by a teacher of its own class.
 */
@Aggregate
public class Artefact {

    private static final Set<String> NARRATIVE_ROLES = Set.of("PARENT", "ADMIN");
    private static final Set<String> RECOMMENDATION_ROLES = Set.of("STUDENT", "PARENT", "TEACHER", "ADMIN");
    private static final Set<String> DRAFT_ROLES = Set.of("TEACHER");

    @AggregateIdentifier
    private String streamId;
    private String artefactId;
    private ArtefactKind kind;
    private String studentId;
    private String classId;
    private boolean generated;
    private boolean failed;
    private boolean decided;

    protected Artefact() {
    }

    @CommandHandler
    public Artefact(RequestArtefactCommand command) {
        ArtefactKind kind = command.kind();
        if (kind.draft() ? command.classId() == null || command.studentId() != null
                : command.studentId() == null || command.classId() != null) {
            throw CommandRejected.unprocessable("artefact-subject", "A " + kind + " is about "
                    + (kind.draft() ? "a class" : "a student") + ", and about nothing else.");
        }
        if (!allowed(kind).contains(command.requesterRole())) {
            throw CommandRejected.forbidden("not-a-requester", "A " + kind + " is asked for by " + allowed(kind)
                    + ", not by a " + command.requesterRole() + ".");
        }
        if (kind == ArtefactKind.PARENT_NARRATIVE && (command.periodFrom() == null || command.periodTo() == null)) {
            throw CommandRejected.unprocessable("narrative-period", "A narrative is written for a report period.");
        }
        apply(new ArtefactRequested(command.artefactId(), kind.name(), command.studentId(), command.classId(),
                command.periodFrom(), command.periodTo(), command.requestedBy(), command.requesterRole(),
                command.promptVersion(), command.inputs(), command.inputReferences(), command.requestedAt()));
    }

    private static Set<String> allowed(ArtefactKind kind) {
        return switch (kind) {
            case PARENT_NARRATIVE -> NARRATIVE_ROLES;
            case RECOMMENDATIONS -> RECOMMENDATION_ROLES;
            case STORY_DRAFT, QUIZ_DRAFT -> DRAFT_ROLES;
        };
    }

    @CommandHandler
    public void handle(ConfirmPendingCommand command) {
        requirePending();
    }

    @CommandHandler
    public void handle(CompleteArtefactCommand command) {
        requirePending();
        apply(new ArtefactGenerated(artefactId, kind.name(), studentId, classId, command.model(),
                command.promptVersion(), command.output(), command.promptTokens(), command.completionTokens(),
                command.responseId(), command.generatedAt()));
    }

    @CommandHandler
    public void handle(FailArtefactCommand command) {
        requirePending();
        apply(new ArtefactGenerationFailed(artefactId, kind.name(), studentId, classId, command.failure(),
                command.message(), command.failedAt()));
    }

    @CommandHandler
    public void handle(ApproveDraftCommand command) {
        requireDecidable(command.classId());
        apply(new DraftApproved(artefactId, classId, command.teacherId(), command.approvedAt()));
    }

    @CommandHandler
    public void handle(RejectDraftCommand command) {
        requireDecidable(command.classId());
        apply(new DraftRejected(artefactId, classId, command.teacherId(), command.reason(), command.rejectedAt()));
    }

    private void requirePending() {
        if (generated || failed) {
            throw CommandRejected.conflict("artefact-settled", "Artefact " + artefactId + " was already "
                    + (generated ? "generated" : "given up") + ".");
        }
    }

    private void requireDecidable(String teachersClass) {
        if (!kind.draft()) {
            throw CommandRejected.unprocessable("not-a-draft", "Artefact " + artefactId + " is a " + kind
                    + ", not a draft: it needs no approval.");
        }
        if (!classId.equals(teachersClass)) {
            throw CommandRejected.forbidden("not-the-class-teacher", "Only a teacher of class " + classId
                    + " decides on draft " + artefactId + ".");
        }
        if (!generated) {
            throw CommandRejected.conflict("draft-not-generated", "Draft " + artefactId + " has no generated "
                    + "text to decide on.");
        }
        if (decided) {
            throw CommandRejected.conflict("draft-decided", "Draft " + artefactId + " was already decided.");
        }
    }

    @EventSourcingHandler
    void on(ArtefactRequested event) {
        streamId = StreamIds.artefact(event.artefactId());
        artefactId = event.artefactId();
        kind = ArtefactKind.valueOf(event.kind());
        studentId = event.studentId();
        classId = event.classId();
    }

    @EventSourcingHandler
    void on(ArtefactGenerated event) {
        generated = true;
    }

    @EventSourcingHandler
    void on(ArtefactGenerationFailed event) {
        failed = true;
    }

    @EventSourcingHandler
    void on(DraftApproved event) {
        decided = true;
    }

    @EventSourcingHandler
    void on(DraftRejected event) {
        decided = true;
    }
}
