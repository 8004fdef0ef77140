package uz.daftar.query.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import uz.daftar.platform.security.Caller;
import uz.daftar.platform.security.Role;
import uz.daftar.projections.learner.GuardianshipReader;

/**
 * Object-level access to a student's data: the student themself, a linked guardian, or an admin. Everyone else
 * is refused, whether the student exists or not.
 */
@Component
class StudentAccess {

    private final GuardianshipReader guardianship;

    StudentAccess(GuardianshipReader guardianship) {
        this.guardianship = guardianship;
    }

    void requireMayRead(Authentication authentication, String studentId) {
        if (!mayRead(Caller.of(authentication), studentId)) {
            throw new AccessDeniedException("You may not read student " + studentId + ".");
        }
    }

    boolean mayRead(Caller caller, String studentId) {
        return caller.isStudent(studentId)
                || caller.has(Role.ADMIN)
                || caller.has(Role.PARENT) && guardianship.follows(caller.subject(), studentId);
    }
}
