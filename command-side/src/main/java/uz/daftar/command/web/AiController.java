package uz.daftar.command.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uz.daftar.command.CommandRejected;
import uz.daftar.command.ai.ApproveDraftCommand;
import uz.daftar.command.ai.ArtefactKind;
import uz.daftar.command.ai.PersonalData;
import uz.daftar.command.ai.Prompts;
import uz.daftar.command.ai.RejectDraftCommand;
import uz.daftar.command.ai.ReportFactsClient;
import uz.daftar.command.ai.RequestArtefactCommand;
import uz.daftar.command.learner.ConfirmGuardianCommand;
import uz.daftar.command.learner.ConfirmTeacherCommand;
import uz.daftar.command.learner.LearnerRegistry;
import uz.daftar.command.outside.OutsideCalls;
import uz.daftar.command.outside.OutsideFeature;
import uz.daftar.command.practice.DescribeSkillsCommand;
import uz.daftar.events.practice.MasteryLevel;
import uz.daftar.platform.security.Caller;
import uz.daftar.platform.security.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Generated content (docs/decisions/0018-generated-content.md): a narrative for a parent report, recommendations from
 * weak skills, story and quiz drafts for a class, and a teacher's decision on a draft. A request records
 * {@code ArtefactRequested} with its pseudonymous inputs and answers 202; the generation runs off the command path
 * ({@code process/ArtefactGeneration}). 503 naming the feature when it cannot run now; 422 when a teacher's topic
 * carries a student's personal data.
 */
@RestController
class AiController {

    /** The most skills one request for recommendations names. */
    static final int MOST_SKILLS = 10;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CommandGateway commands;
    private final IdempotentCommands idempotent;
    private final LearnerRegistry learners;
    private final OutsideCalls outside;
    private final PersonalData personalData;
    private final ReportFactsClient reportFacts;
    private final Clock clock;

    AiController(CommandGateway commands, IdempotentCommands idempotent, LearnerRegistry learners,
                 OutsideCalls outside, PersonalData personalData, ReportFactsClient reportFacts, Clock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.learners = learners;
        this.outside = outside;
        this.personalData = personalData;
        this.reportFacts = reportFacts;
        this.clock = clock;
    }

    @PostMapping("/api/v1/students/{studentId}/narratives")
    @ResponseStatus(HttpStatus.ACCEPTED)
    CommandAccepted narrative(@PathVariable String studentId, @RequestHeader(Requests.IDEMPOTENCY_KEY) String key,
                              @RequestHeader(name = "Daftar-Wait-For-Position", required = false) Long waitFor,
                              @Valid @RequestBody AiRequests.Narrative request, Authentication authentication) {
        Caller caller = Access.require(authentication, Role.PARENT, Role.ADMIN);
        if (request.to().isBefore(request.from())) {
            throw CommandRejected.unprocessable("report-period", "The period ends before it begins.");
        }
        outside.requireAvailable(OutsideFeature.PARENT_NARRATIVE);
        Access.requireRegistered(learners, studentId);
        String role = caller.has(Role.ADMIN) ? Role.ADMIN.name() : Role.PARENT.name();
        if (!caller.has(Role.ADMIN)) {
            commands.sendAndWait(new ConfirmGuardianCommand(studentId, caller.subject()));
        }
        ReportFactsClient.Facts facts = reportFacts.fetch(studentId, request.from(), request.to(),
                bearerToken(authentication), waitFor);
        requireNoPersonalData(studentId, null, facts.json(), "The report's figures");
        return idempotent.run(caller, key, new Requests.OnPath(studentId, request), () -> request(
                new RequestArtefactCommand(request.requestId(), ArtefactKind.PARENT_NARRATIVE, studentId, null,
                        request.from(), request.to(), caller.subject(), role,
                        Prompts.currentVersion(ArtefactKind.PARENT_NARRATIVE), facts.json(),
                        List.of("report-facts-watermark:" + facts.position(),
                                "report-period:" + request.from() + ".." + request.to()), clock.instant())));
    }

    @PostMapping("/api/v1/students/{studentId}/recommendations")
    @ResponseStatus(HttpStatus.ACCEPTED)
    CommandAccepted recommendations(@PathVariable String studentId,
                                    @RequestHeader(Requests.IDEMPOTENCY_KEY) String key,
                                    @Valid @RequestBody AiRequests.Recommendations request,
                                    Authentication authentication) {
        Caller caller = Access.require(authentication, Role.STUDENT, Role.PARENT, Role.TEACHER, Role.ADMIN);
        String role = requesterRole(caller, studentId, request.classId());
        outside.requireAvailable(OutsideFeature.RECOMMENDATIONS);
        Access.requireRegistered(learners, studentId);
        if (role.equals(Role.PARENT.name())) {
            commands.sendAndWait(new ConfirmGuardianCommand(studentId, caller.subject()));
        } else if (role.equals(Role.TEACHER.name())) {
            commands.sendAndWait(new ConfirmTeacherCommand(request.classId(), caller.subject(), studentId));
        }
        String inputs = weakSkills(studentId);
        requireNoPersonalData(studentId, null, inputs, "The skills");
        return idempotent.run(caller, key, new Requests.OnPath(studentId, request), () -> request(
                new RequestArtefactCommand(request.requestId(), ArtefactKind.RECOMMENDATIONS, studentId, null, null,
                        null, caller.subject(), role, Prompts.currentVersion(ArtefactKind.RECOMMENDATIONS), inputs,
                        List.of("student-skills:" + studentId), clock.instant())));
    }

    @PostMapping("/api/v1/classes/{classId}/drafts")
    @ResponseStatus(HttpStatus.ACCEPTED)
    CommandAccepted draft(@PathVariable String classId, @RequestHeader(Requests.IDEMPOTENCY_KEY) String key,
                          @Valid @RequestBody AiRequests.Draft request, Authentication authentication) {
        Caller caller = Access.require(authentication, Role.TEACHER);
        outside.requireAvailable(OutsideFeature.TEACHING_DRAFTS);
        ArtefactKind kind = request.kind() == AiRequests.DraftKind.STORY ? ArtefactKind.STORY_DRAFT
                : ArtefactKind.QUIZ_DRAFT;
        commands.sendAndWait(new ConfirmTeacherCommand(classId, caller.subject(), null));
        String inputs = JSON.createObjectNode().put("topic", request.topic().strip())
                .put("language", request.language()).put("gradeLevel", request.gradeLevel()).toString();
        requireNoPersonalData(null, classId, inputs, "The topic");
        return idempotent.run(caller, key, new Requests.OnPath(classId, request), () -> request(
                new RequestArtefactCommand(request.requestId(), kind, null, classId, null, null, caller.subject(),
                        Role.TEACHER.name(), Prompts.currentVersion(kind), inputs, List.of("teacher-topic"),
                        clock.instant())));
    }

    @PostMapping("/api/v1/classes/{classId}/drafts/{artefactId}/approval")
    CommandAccepted approve(@PathVariable String classId, @PathVariable String artefactId,
                            @RequestHeader(Requests.IDEMPOTENCY_KEY) String key, Authentication authentication) {
        Caller caller = Access.require(authentication, Role.TEACHER);
        commands.sendAndWait(new ConfirmTeacherCommand(classId, caller.subject(), null));
        return idempotent.run(caller, key, new Requests.OnPath(classId + "/" + artefactId, "approval"), () -> {
            commands.sendAndWait(new ApproveDraftCommand(artefactId, classId, caller.subject(), clock.instant()));
            return artefactId;
        });
    }

    @PostMapping("/api/v1/classes/{classId}/drafts/{artefactId}/rejection")
    CommandAccepted reject(@PathVariable String classId, @PathVariable String artefactId,
                           @RequestHeader(Requests.IDEMPOTENCY_KEY) String key,
                           @Valid @RequestBody AiRequests.Rejection request, Authentication authentication) {
        Caller caller = Access.require(authentication, Role.TEACHER);
        commands.sendAndWait(new ConfirmTeacherCommand(classId, caller.subject(), null));
        return idempotent.run(caller, key, new Requests.OnPath(classId + "/" + artefactId, request), () -> {
            commands.sendAndWait(new RejectDraftCommand(artefactId, classId, caller.subject(), request.reason(),
                    clock.instant()));
            return artefactId;
        });
    }

    private String request(RequestArtefactCommand command) {
        commands.sendAndWait(command);
        return command.artefactId();
    }

    /** The role the caller asks in: a student for themself, a teacher through a class, a parent, an admin. */
    private static String requesterRole(Caller caller, String studentId, String classId) {
        if (caller.has(Role.ADMIN)) {
            return Role.ADMIN.name();
        }
        if (caller.isStudent(studentId)) {
            return Role.STUDENT.name();
        }
        if (caller.has(Role.TEACHER) && classId != null) {
            return Role.TEACHER.name();
        }
        if (caller.has(Role.PARENT)) {
            return Role.PARENT.name();
        }
        throw new AccessDeniedException(caller.has(Role.TEACHER) ? "A teacher names the class (classId) through "
                + "which they teach student " + studentId + "." : "A student asks for their own recommendations.");
    }

    /** The student's skills below mastery, weakest first, as pseudonymous inputs. */
    private String weakSkills(String studentId) {
        SortedMap<String, String> levels;
        try {
            levels = commands.sendAndWait(new DescribeSkillsCommand(studentId));
        } catch (AggregateNotFoundException noPractice) {
            levels = new TreeMap<>();
        }
        List<Map.Entry<String, String>> weak = levels.entrySet().stream()
                .filter(skill -> !MasteryLevel.MASTERED.name().equals(skill.getValue()))
                .sorted(Comparator.comparing((Map.Entry<String, String> skill) ->
                        MasteryLevel.valueOf(skill.getValue())).thenComparing(Map.Entry::getKey))
                .limit(MOST_SKILLS).toList();
        if (weak.isEmpty()) {
            throw CommandRejected.unprocessable("no-weak-skills", "Student " + studentId + " has no practised skill "
                    + "below mastery to recommend practice for.");
        }
        ObjectNode inputs = JSON.createObjectNode();
        ArrayNode skills = inputs.putArray("skills");
        weak.forEach(skill -> skills.addObject().put("skill", skill.getKey()).put("level", skill.getValue()));
        return inputs.toString();
    }

    private void requireNoPersonalData(String studentId, String classId, String inputs, String what) {
        personalData.of(studentId, classId).foundIn(inputs).ifPresent(found -> {
            throw CommandRejected.unprocessable("personal-data", what + " would carry " + found + " into a prompt; "
                    + "generated content is asked for without any child's personal data. Leave names and dates out.");
        });
    }

    private static String bearerToken(Authentication authentication) {
        if (authentication instanceof AbstractOAuth2TokenAuthenticationToken<?> token) {
            return token.getToken().getTokenValue();
        }
        throw new AccessDeniedException("A narrative is asked for with a bearer token.");
    }
}
