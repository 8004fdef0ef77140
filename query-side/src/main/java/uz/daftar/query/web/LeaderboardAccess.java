package uz.daftar.query.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import uz.daftar.platform.security.Caller;
import uz.daftar.platform.security.Role;
import uz.daftar.projections.learner.ClassRow;
import uz.daftar.projections.learner.RosterReader;
import uz.daftar.query.dashboard.DashboardQueryHandler;
import uz.daftar.query.leaderboard.LeaderboardDisplay.Audience;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may read which board, and as which {@link Audience}. Global and region boards are open to every signed-in
 * caller; a centre's board to admins and the centre's admins, teachers, students and their parents; a class's board
 * to admins and the class's teacher, the admins of its centre, its students and their parents, who (but for admins)
 * see its members by name. Ids are seen by admins, and on a class's board by its teacher and its centre's admins. A
 * student's own place to those who may read the student ({@link StudentAccess}). Class and centre staff are
 * {@link OrganisationAccess}'s to say.
 */
@Component
class LeaderboardAccess {

    private final StudentAccess students;
    private final RosterReader roster;
    private final OrganisationAccess organisation;
    private final DashboardQueryHandler dashboards;

    LeaderboardAccess(StudentAccess students, RosterReader roster,
                      OrganisationAccess organisation, DashboardQueryHandler dashboards) {
        this.students = students;
        this.roster = roster;
        this.organisation = organisation;
        this.dashboards = dashboards;
    }

    /** Refuses a caller who may not read the scope's board; otherwise says how the caller sees it. */
    Audience requireMayReadBoard(Authentication authentication, String scope) {
        return audience(Caller.of(authentication), scope).orElseThrow(() -> new AccessDeniedException(
                "Only admins and the members of " + scope + " (its teachers, students and their parents) may read "
                        + "its leaderboard."));
    }

    /**
     * Refuses a caller who may not read the student; otherwise says how the caller sees the student's
     * neighbours on the scope's board (by name too, if the caller may read that board as a member of the class).
     */
    Audience requireMayReadStudent(Authentication authentication, String studentId, String scope) {
        students.requireMayRead(authentication, studentId);
        Caller caller = Caller.of(authentication);
        return audience(caller, scope).orElseGet(() -> new Audience(students.own(caller), Map.of(), false));
    }

    /** Empty when the caller may not read the scope's board. */
    private Optional<Audience> audience(Caller caller, String scope) {
        Set<String> mine = students.own(caller);
        boolean admin = caller.has(Role.ADMIN);
        if (scope.startsWith("class:")) {
            String classId = scope.substring("class:".length());
            List<String> members = roster.studentsOf(classId);
            boolean staff = organisation.looksAfterClass(caller, classId);
            boolean family = members.stream().anyMatch(mine::contains);
            if (!admin && !staff && !family) {
                return Optional.empty();
            }
            Map<String, String> names = new HashMap<>();
            if (staff || family) {
                members.forEach(id -> dashboards.displayNameOf(id).ifPresent(name -> names.put(id, name)));
            }
            return Optional.of(new Audience(mine, names, admin || staff));
        }
        if (scope.startsWith("centre:")) {
            String centreId = scope.substring("centre:".length());
            boolean teacher = caller.has(Role.TEACHER) && roster.classesTaughtBy(caller.subject()).stream()
                    .anyMatch(taught -> taught.centreId().equals(centreId));
            boolean family = mine.stream().flatMap(id -> roster.classesOf(id).stream()).map(ClassRow::centreId)
                    .anyMatch(centreId::equals);
            if (!organisation.mayReadCentre(caller, centreId) && !teacher && !family) {
                return Optional.empty();
            }
        }
        return Optional.of(new Audience(mine, Map.of(), admin));
    }
}
