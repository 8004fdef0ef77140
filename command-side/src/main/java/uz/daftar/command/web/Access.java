package uz.daftar.command.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import uz.daftar.command.CommandRejected;
import uz.daftar.command.learner.LearnerRegistry;
import uz.daftar.platform.security.Caller;
import uz.daftar.platform.security.Role;

/** Who may send which command, checked before anything is appended. */
final class Access {

    private Access() {
    }

    static Caller require(Authentication authentication, Role... allowed) {
        Caller caller = Caller.of(authentication);
        for (Role role : allowed) {
            if (caller.has(role)) {
                return caller;
            }
        }
        throw new AccessDeniedException("This command needs one of the roles " + java.util.Arrays.toString(allowed));
    }

    /** A student acts only for themself; admins act for anyone. */
    static Caller requireSelfOrAdmin(Authentication authentication, String studentId) {
        Caller caller = Caller.of(authentication);
        if (caller.isStudent(studentId) || caller.has(Role.ADMIN)) {
            return caller;
        }
        throw new AccessDeniedException("A student may only record their own actions.");
    }

    static void requireRegistered(LearnerRegistry registry, String studentId) {
        if (!registry.studentExists(studentId)) {
            throw CommandRejected.notFound("unknown-student", "No student with id " + studentId + ".");
        }
    }
}
