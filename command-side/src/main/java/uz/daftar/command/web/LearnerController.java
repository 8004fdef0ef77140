package uz.daftar.command.web;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uz.daftar.command.CommandRejected;
import uz.daftar.command.learner.ChangeLeaderboardVisibilityCommand;
import uz.daftar.command.learner.DecideSpeechConsentCommand;
import uz.daftar.command.learner.LinkGuardianCommand;
import uz.daftar.command.learner.RegisterStudentCommand;
import uz.daftar.command.learner.LearnerRegistry;
import uz.daftar.events.learner.StudentProfile;
import uz.daftar.platform.privacy.StudentProfiles;
import uz.daftar.platform.security.Caller;
import uz.daftar.platform.security.Role;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;

@RestController
@RequestMapping("/api/v1/students")
class LearnerController {

    static final String DEFAULT_TIME_ZONE = "Asia/Tashkent";

    private final CommandGateway commands;
    private final IdempotentCommands idempotent;
    private final LearnerRegistry registry;
    private final StudentProfiles profiles;
    private final Clock clock;

    LearnerController(CommandGateway commands, IdempotentCommands idempotent, LearnerRegistry registry,
                      StudentProfiles profiles, Clock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.registry = registry;
        this.profiles = profiles;
        this.clock = clock;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CommandAccepted register(@RequestHeader(Requests.IDEMPOTENCY_KEY) String idempotencyKey,
                             @Valid @RequestBody RegisterStudentRequest request, Authentication authentication) {
        Caller caller = Access.require(authentication, Role.ADMIN);
        String timeZone = validTimeZone(request.timeZone());
        return idempotent.run(caller, idempotencyKey, request, () -> {
            if (registry.studentExists(request.studentId())) {
                throw CommandRejected.conflict("student-exists",
                        "Student " + request.studentId() + " is already registered.");
            }
            String sealed = profiles.seal(request.studentId(),
                    new StudentProfile(request.displayName(), request.birthDate()));
            commands.sendAndWait(new RegisterStudentCommand(request.studentId(), request.studentId(), sealed,
                    request.birthDate().getYear(), timeZone, request.language(), clock.instant()));
            return request.studentId();
        });
    }

    @PostMapping("/{studentId}/guardians")
    CommandAccepted linkGuardian(@PathVariable String studentId,
                                 @RequestHeader(Requests.IDEMPOTENCY_KEY) String idempotencyKey,
                                 @Valid @RequestBody LinkGuardianRequest request, Authentication authentication) {
        Caller caller = Access.require(authentication, Role.ADMIN);
        return idempotent.run(caller, idempotencyKey, new Requests.OnPath(studentId, request), () -> {
            Access.requireRegistered(registry, studentId);
            commands.sendAndWait(new LinkGuardianCommand(studentId, request.guardianId(), clock.instant()));
            return studentId;
        });
    }

    /** A linked guardian or an admin lists or unlists the student on leaderboards. */
    @PostMapping("/{studentId}/leaderboard-visibility")
    CommandAccepted changeLeaderboardVisibility(@PathVariable String studentId,
                                                @RequestHeader(Requests.IDEMPOTENCY_KEY) String idempotencyKey,
                                                @Valid @RequestBody LeaderboardVisibilityRequest request,
                                                Authentication authentication) {
        Caller caller = Access.require(authentication, Role.PARENT, Role.ADMIN);
        return idempotent.run(caller, idempotencyKey, new Requests.OnPath(studentId, request), () -> {
            Access.requireRegistered(registry, studentId);
            commands.sendAndWait(new ChangeLeaderboardVisibilityCommand(studentId, request.listed(),
                    caller.subject(), caller.has(Role.ADMIN), clock.instant()));
            return studentId;
        });
    }

    /**
     * A linked guardian or an admin gives or withdraws consent for recording and assessing the student's reading
     * aloud; withdrawing it deletes the audio already kept (docs/decisions/0017).
     */
    @PostMapping("/{studentId}/speech-consent")
    CommandAccepted decideSpeechConsent(@PathVariable String studentId,
                                        @RequestHeader(Requests.IDEMPOTENCY_KEY) String idempotencyKey,
                                        @Valid @RequestBody SpeechConsentRequest request,
                                        Authentication authentication) {
        Caller caller = Access.require(authentication, Role.PARENT, Role.ADMIN);
        return idempotent.run(caller, idempotencyKey, new Requests.OnPath(studentId, request), () -> {
            Access.requireRegistered(registry, studentId);
            commands.sendAndWait(new DecideSpeechConsentCommand(studentId, request.consent(), caller.subject(),
                    caller.has(Role.ADMIN), clock.instant()));
            return studentId;
        });
    }

    private static String validTimeZone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return DEFAULT_TIME_ZONE;
        }
        try {
            return ZoneId.of(timeZone).getId();
        } catch (DateTimeException e) {
            throw CommandRejected.unprocessable("unknown-time-zone", "timeZone '" + timeZone
                    + "' is not an IANA time zone such as Asia/Tashkent.");
        }
    }
}
