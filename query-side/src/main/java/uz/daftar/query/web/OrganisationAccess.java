package uz.daftar.query.web;

import org.springframework.stereotype.Component;
import uz.daftar.platform.security.Caller;
import uz.daftar.platform.security.Role;
import uz.daftar.projections.learner.RosterReader;

/**
 * Who reads a class or a centre as one of its staff; the one place these rules are written. A class is looked after
 * by its teacher and by the admins of its centre. A centre is administered by the accounts appointed to it (a token
 * with role CENTRE_ADMIN whose subject was appointed by {@code POST /api/v1/centres/{id}/admins}), who also
 * administer every student enrolled in one of its classes. A centre admin's token without an appointment reaches
 * nothing, and an appointment reaches no other centre. Admins read every class and centre without being their staff.
 */
@Component
class OrganisationAccess {

    private final RosterReader roster;

    OrganisationAccess(RosterReader roster) {
        this.roster = roster;
    }

    /** The class's teacher or an admin of the class's centre: who sees the class's children by id and by name. */
    boolean looksAfterClass(Caller caller, String classId) {
        return caller.has(Role.TEACHER) && roster.teachesClass(caller.subject(), classId)
                || caller.has(Role.CENTRE_ADMIN) && roster.administersClass(caller.subject(), classId);
    }

    /** An admin appointed to the centre. */
    boolean administersCentre(Caller caller, String centreId) {
        return caller.has(Role.CENTRE_ADMIN) && roster.administersCentre(caller.subject(), centreId);
    }

    /** An admin appointed to the centre of one of the student's classes. */
    boolean administersStudent(Caller caller, String studentId) {
        return caller.has(Role.CENTRE_ADMIN) && roster.administersStudent(caller.subject(), studentId);
    }

    /** Admins and those who look after the class. */
    boolean mayReadClass(Caller caller, String classId) {
        return caller.has(Role.ADMIN) || looksAfterClass(caller, classId);
    }

    /** Admins and the centre's admins. */
    boolean mayReadCentre(Caller caller, String centreId) {
        return caller.has(Role.ADMIN) || administersCentre(caller, centreId);
    }
}
