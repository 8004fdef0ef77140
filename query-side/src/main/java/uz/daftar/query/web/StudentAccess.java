package uz.daftar.query.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import uz.daftar.platform.security.Caller;
import uz.daftar.platform.security.Role;
import uz.daftar.projections.ReadModels;
import uz.daftar.projections.learner.GuardianshipReader;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Object-level access to a student's data: the student themself, a linked guardian, an admin of the centre of one of
 * the student's classes ({@link OrganisationAccess}), or an admin. Everyone else is refused, whether the student
 * exists or not. Every endpoint that reads a student asks here; the parent report has its stricter rule here too.
 */
@Component
class StudentAccess {

    /** The read models the decision is made from: wait for them before asking, to read one's own write. */
    static final List<ReadModels> DECIDED_BY = List.of(ReadModels.GUARDIANSHIP, ReadModels.CLASS_ROSTER);

    private final GuardianshipReader guardianship;
    private final OrganisationAccess organisation;

    StudentAccess(GuardianshipReader guardianship, OrganisationAccess organisation) {
        this.guardianship = guardianship;
        this.organisation = organisation;
    }

    void requireMayRead(Authentication authentication, String studentId) {
        if (!mayRead(Caller.of(authentication), studentId)) {
            throw new AccessDeniedException("You may not read student " + studentId + ".");
        }
    }

    boolean mayRead(Caller caller, String studentId) {
        return caller.isStudent(studentId)
                || caller.has(Role.ADMIN)
                || caller.has(Role.PARENT) && guardianship.follows(caller.subject(), studentId)
                || organisation.administersStudent(caller, studentId);
    }

    /**
     * The parent-report rule: a report is for the child's linked parents and for admins only; not for teachers or
     * centre admins (they have the class and centre overviews), and not for the child (who has the dashboard and the
     * digest). Everyone else is refused, whether the student exists or not.
     */
    void requireMayReadParentReport(Authentication authentication, String studentId) {
        if (!mayReadParentReport(Caller.of(authentication), studentId)) {
            throw new AccessDeniedException("Only the child's linked parents and admins may read the report of "
                    + studentId + ".");
        }
    }

    boolean mayReadParentReport(Caller caller, String studentId) {
        return caller.has(Role.ADMIN)
                || caller.has(Role.PARENT) && guardianship.follows(caller.subject(), studentId);
    }

    /** The students who are the caller's own: themself (a student) and their children (a parent). */
    Set<String> own(Caller caller) {
        Set<String> own = new HashSet<>();
        if (caller.has(Role.STUDENT)) {
            own.add(caller.subject());
        }
        if (caller.has(Role.PARENT)) {
            own.addAll(guardianship.children(caller.subject()));
        }
        return own;
    }
}
