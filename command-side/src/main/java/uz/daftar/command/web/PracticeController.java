package uz.daftar.command.web;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uz.daftar.command.learner.LearnerRegistry;
import uz.daftar.command.practice.AbandonAttemptCommand;
import uz.daftar.command.practice.CompleteAttemptCommand;
import uz.daftar.command.practice.RecordPracticeAnswerCommand;
import uz.daftar.platform.security.Caller;

import java.time.Clock;

@RestController
@RequestMapping("/api/v1/practice")
class PracticeController {

    private final CommandGateway commands;
    private final IdempotentCommands idempotent;
    private final LearnerRegistry registry;
    private final Clock clock;

    PracticeController(CommandGateway commands, IdempotentCommands idempotent, LearnerRegistry registry,
                       Clock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.registry = registry;
        this.clock = clock;
    }

    @PostMapping("/attempts/{attemptId}/completion")
    CommandAccepted complete(@PathVariable String attemptId, @RequestHeader(Requests.IDEMPOTENCY_KEY) String key,
                             @Valid @RequestBody AttemptRequests.Complete request, Authentication authentication) {
        Caller caller = Access.requireSelfOrAdmin(authentication, request.studentId());
        return idempotent.run(caller, key, new Requests.OnPath(attemptId, request), () -> {
            commands.sendAndWait(new CompleteAttemptCommand(attemptId, request.studentId(), request.wordsPerMinute(),
                    request.accuracyPercent(), request.keyErrors(), clock.instant()));
            return attemptId;
        });
    }

    @PostMapping("/attempts/{attemptId}/abandonment")
    CommandAccepted abandon(@PathVariable String attemptId, @RequestHeader(Requests.IDEMPOTENCY_KEY) String key,
                            @Valid @RequestBody AttemptRequests.Abandon request, Authentication authentication) {
        Caller caller = Access.requireSelfOrAdmin(authentication, request.studentId());
        return idempotent.run(caller, key, new Requests.OnPath(attemptId, request), () -> {
            commands.sendAndWait(new AbandonAttemptCommand(attemptId, request.studentId(), clock.instant()));
            return attemptId;
        });
    }

    @PostMapping("/answers")
    CommandAccepted recordAnswer(@RequestHeader(Requests.IDEMPOTENCY_KEY) String idempotencyKey,
                                 @Valid @RequestBody RecordAnswerRequest request, Authentication authentication) {
        Caller caller = Access.requireSelfOrAdmin(authentication, request.studentId());
        return idempotent.run(caller, idempotencyKey, request, () -> {
            Access.requireRegistered(registry, request.studentId());
            commands.sendAndWait(new RecordPracticeAnswerCommand(request.attemptId(), request.answerId(),
                    request.studentId(), request.activity(), request.itemId(), request.skill(),
                    request.givenAnswer(), request.correct(), request.timeTakenMillis(), request.answeredAt(),
                    clock.instant()));
            return request.answerId();
        });
    }
}
