package uz.daftar.command.web;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uz.daftar.command.CommandRejected;
import uz.daftar.command.learner.AddTeacherCommand;
import uz.daftar.command.learner.AppointCentreAdminCommand;
import uz.daftar.command.learner.EnrolStudentCommand;
import uz.daftar.command.learner.LearnerRegistry;
import uz.daftar.command.learner.OpenClassCommand;
import uz.daftar.command.learner.RegisterCentreCommand;
import uz.daftar.platform.security.Caller;
import uz.daftar.platform.security.Role;

import java.time.Clock;

/**
 * Learning centres, their teachers, admins and classes; admins only. {@code POST /api/v1/centres/{id}/admins}
 * appoints an account (a token with role CENTRE_ADMIN) to administer the centre: it may then read the centre, its
 * classes and their students on the query side, and nothing of other centres. Centre admins change nothing here.
 */
@RestController
class OrganisationController {

    private final CommandGateway commands;
    private final IdempotentCommands idempotent;
    private final LearnerRegistry registry;
    private final Clock clock;

    OrganisationController(CommandGateway commands, IdempotentCommands idempotent, LearnerRegistry registry,
                           Clock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.registry = registry;
        this.clock = clock;
    }

    @PostMapping("/api/v1/centres")
    @ResponseStatus(HttpStatus.CREATED)
    CommandAccepted registerCentre(@RequestHeader(Requests.IDEMPOTENCY_KEY) String idempotencyKey,
                                   @Valid @RequestBody OrganisationRequests.RegisterCentre request,
                                   Authentication authentication) {
        Caller caller = Access.require(authentication, Role.ADMIN);
        return idempotent.run(caller, idempotencyKey, request, () -> {
            if (registry.centreExists(request.centreId())) {
                throw CommandRejected.conflict("centre-exists", "Centre " + request.centreId() + " exists.");
            }
            commands.sendAndWait(new RegisterCentreCommand(request.centreId(), request.name(), request.region(),
                    clock.instant()));
            return request.centreId();
        });
    }

    @PostMapping("/api/v1/centres/{centreId}/teachers")
    CommandAccepted addTeacher(@PathVariable String centreId,
                               @RequestHeader(Requests.IDEMPOTENCY_KEY) String idempotencyKey,
                               @Valid @RequestBody OrganisationRequests.AddTeacher request,
                               Authentication authentication) {
        Caller caller = Access.require(authentication, Role.ADMIN);
        return idempotent.run(caller, idempotencyKey, new Requests.OnPath(centreId, request), () -> {
            requireCentre(centreId);
            commands.sendAndWait(new AddTeacherCommand(centreId, request.teacherId(), clock.instant()));
            return request.teacherId();
        });
    }

    @PostMapping("/api/v1/centres/{centreId}/admins")
    CommandAccepted appointAdmin(@PathVariable String centreId,
                                 @RequestHeader(Requests.IDEMPOTENCY_KEY) String idempotencyKey,
                                 @Valid @RequestBody OrganisationRequests.AppointAdmin request,
                                 Authentication authentication) {
        Caller caller = Access.require(authentication, Role.ADMIN);
        return idempotent.run(caller, idempotencyKey, new Requests.OnPath(centreId, request), () -> {
            requireCentre(centreId);
            commands.sendAndWait(new AppointCentreAdminCommand(centreId, request.adminId(), clock.instant()));
            return request.adminId();
        });
    }

    @PostMapping("/api/v1/classes")
    @ResponseStatus(HttpStatus.CREATED)
    CommandAccepted openClass(@RequestHeader(Requests.IDEMPOTENCY_KEY) String idempotencyKey,
                              @Valid @RequestBody OrganisationRequests.OpenClass request,
                              Authentication authentication) {
        Caller caller = Access.require(authentication, Role.ADMIN);
        return idempotent.run(caller, idempotencyKey, request, () -> {
            requireCentre(request.centreId());
            if (registry.centreOfClass(request.classId()).isPresent()) {
                throw CommandRejected.conflict("class-exists", "Class " + request.classId() + " exists.");
            }
            commands.sendAndWait(new OpenClassCommand(request.classId(), request.centreId(), request.teacherId(),
                    request.name(), registry.teachesAt(request.teacherId(), request.centreId()), clock.instant()));
            return request.classId();
        });
    }

    @PostMapping("/api/v1/classes/{classId}/students")
    CommandAccepted enrol(@PathVariable String classId,
                          @RequestHeader(Requests.IDEMPOTENCY_KEY) String idempotencyKey,
                          @Valid @RequestBody OrganisationRequests.Enrol request, Authentication authentication) {
        Caller caller = Access.require(authentication, Role.ADMIN);
        return idempotent.run(caller, idempotencyKey, new Requests.OnPath(classId, request), () -> {
            if (registry.centreOfClass(classId).isEmpty()) {
                throw CommandRejected.notFound("unknown-class", "No class with id " + classId + ".");
            }
            Access.requireRegistered(registry, request.studentId());
            commands.sendAndWait(new EnrolStudentCommand(classId, request.studentId(), clock.instant()));
            return request.studentId();
        });
    }

    private void requireCentre(String centreId) {
        if (!registry.centreExists(centreId)) {
            throw CommandRejected.notFound("unknown-centre", "No learning centre with id " + centreId + ".");
        }
    }
}
