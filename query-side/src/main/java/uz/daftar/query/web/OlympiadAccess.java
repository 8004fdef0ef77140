package uz.daftar.query.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import uz.daftar.platform.security.Caller;
import uz.daftar.platform.security.Role;
import uz.daftar.projections.learner.RosterReader;
import uz.daftar.query.olympiad.Viewer;

/**
 * Who may read which olympiad standings, and as which {@link Viewer}. Olympiads and their top places are open to
 * every authenticated caller (drafts to admins only); a student's place to those who may read the student (see
 * {@link StudentAccess}: among them the admins of the student's centres) and the teachers of the student's classes;
 * a class's places to admins, the class's teacher and the admins of its centre, the latter two seeing the class's
 * student ids; a centre's places to admins and the centre's admins, under pseudonyms; participation counts to admins
 * and analysts. Class and centre rules are {@link OrganisationAccess}'s.
 */
@Component
class OlympiadAccess {

    private final StudentAccess students;
    private final RosterReader roster;
    private final OrganisationAccess organisation;

    OlympiadAccess(StudentAccess students, RosterReader roster, OrganisationAccess organisation) {
        this.students = students;
        this.roster = roster;
        this.organisation = organisation;
    }

    /** A student sees their own place by id, a parent their children's. */
    Viewer viewer(Authentication authentication) {
        return Viewer.of(students.own(Caller.of(authentication)));
    }

    boolean seesDrafts(Authentication authentication) {
        return Caller.of(authentication).has(Role.ADMIN);
    }

    void requireMayReadStanding(Authentication authentication, String studentId) {
        Caller caller = Caller.of(authentication);
        boolean allowed = students.mayRead(caller, studentId)
                || caller.has(Role.TEACHER) && roster.teachesStudent(caller.subject(), studentId);
        if (!allowed) {
            throw new AccessDeniedException("You may not read the standing of student " + studentId + ".");
        }
    }

    /** Returns whether the caller looks after the class (its teacher, its centre's admins), and so sees its ids. */
    boolean requireMayReadClass(Authentication authentication, String classId) {
        Caller caller = Caller.of(authentication);
        boolean looksAfter = organisation.looksAfterClass(caller, classId);
        if (!looksAfter && !caller.has(Role.ADMIN)) {
            throw new AccessDeniedException("You may not read the standings of class " + classId + ".");
        }
        return looksAfter;
    }

    void requireMayReadCentre(Authentication authentication, String centreId) {
        if (!organisation.mayReadCentre(Caller.of(authentication), centreId)) {
            throw new AccessDeniedException("You may not read the standings of centre " + centreId + ".");
        }
    }

    void requireMayReadParticipation(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        if (!caller.has(Role.ADMIN) && !caller.has(Role.ANALYST)) {
            throw new AccessDeniedException("Only admins and analysts may read participation counts.");
        }
    }
}
