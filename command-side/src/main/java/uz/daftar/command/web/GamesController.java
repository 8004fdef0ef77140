package uz.daftar.command.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
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
import uz.daftar.command.games.ReviewScoreCommand;
import uz.daftar.command.games.StartGameSessionCommand;
import uz.daftar.command.games.SubmitGameScoreCommand;
import uz.daftar.command.learner.LearnerRegistry;
import uz.daftar.platform.security.Caller;
import uz.daftar.platform.security.Role;

import java.time.Clock;

/**
 * Game sessions and their scores. A student plays for themself (admins for anyone); the server's clock dates
 * both, and the plausibility verdict of a score is recorded with it, to be read from the query side.
 */
@RestController
@RequestMapping("/api/v1/games")
class GamesController {

    private final CommandGateway commands;
    private final IdempotentCommands idempotent;
    private final LearnerRegistry registry;
    private final Clock clock;

    GamesController(CommandGateway commands, IdempotentCommands idempotent, LearnerRegistry registry, Clock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.registry = registry;
        this.clock = clock;
    }

    @PostMapping("/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    CommandAccepted start(@RequestHeader(Requests.IDEMPOTENCY_KEY) String key,
                          @Valid @RequestBody GameRequests.StartSession request, Authentication authentication) {
        Caller caller = Access.requireSelfOrAdmin(authentication, request.studentId());
        return idempotent.run(caller, key, request, () -> {
            Access.requireRegistered(registry, request.studentId());
            commands.sendAndWait(new StartGameSessionCommand(request.studentId(), request.game(),
                    request.sessionId(), clock.instant()));
            return request.sessionId();
        });
    }

    @PostMapping("/sessions/{sessionId}/score")
    CommandAccepted submitScore(@PathVariable @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE)
                                String sessionId,
                                @RequestHeader(Requests.IDEMPOTENCY_KEY) String key,
                                @Valid @RequestBody GameRequests.SubmitScore request,
                                Authentication authentication) {
        Caller caller = Access.requireSelfOrAdmin(authentication, request.studentId());
        return idempotent.run(caller, key, new Requests.OnPath(sessionId, request), () -> {
            Access.requireRegistered(registry, request.studentId());
            commands.sendAndWait(new SubmitGameScoreCommand(request.studentId(), request.game(), sessionId,
                    request.score(), request.durationMillis(), request.moves(), request.lines(), request.level(),
                    request.answers(), request.fastestAnswerMillis(), clock.instant()));
            return sessionId;
        });
    }

    /** Admins have a score judged again under the current plausibility rule. */
    @PostMapping("/sessions/{sessionId}/review")
    CommandAccepted review(@PathVariable @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE)
                           String sessionId,
                           @RequestHeader(Requests.IDEMPOTENCY_KEY) String key,
                           @Valid @RequestBody GameRequests.Review request, Authentication authentication) {
        Caller caller = Access.require(authentication, Role.ADMIN);
        return idempotent.run(caller, key, new Requests.OnPath(sessionId, request), () -> {
            Access.requireRegistered(registry, request.studentId());
            commands.sendAndWait(new ReviewScoreCommand(request.studentId(), request.game(), sessionId,
                    clock.instant()));
            return sessionId;
        });
    }
}
