package uz.daftar.query.web;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import uz.daftar.platform.security.Caller;
import uz.daftar.platform.security.Role;
import uz.daftar.projections.ReadModels;
import uz.daftar.projections.learner.RosterReader;
import uz.daftar.query.learner.CentreOverviewView;
import uz.daftar.query.learner.ClassOverviewView;
import uz.daftar.query.learner.FindCentreOverviewQuery;
import uz.daftar.query.learner.FindClassOverviewQuery;

import java.util.List;

/**
 * Teacher and centre views. {@code GET /api/v1/classes/{classId}/overview} ({@link ClassOverviewView}): the class's
 * teacher and admins. {@code GET /api/v1/centres/{centreId}/overview} ({@link CentreOverviewView}): admins. The
 * watermark is the least caught-up of the read models the view is made of.
 */
@RestController
class ClassOverviewController {

    private static final List<ReadModels> MADE_OF = List.of(ReadModels.CLASS_ROSTER, ReadModels.STUDENT_DASHBOARD,
            ReadModels.DAILY_ACTIVITY, ReadModels.MASTERY, ReadModels.OLYMPIAD_STANDINGS);

    private final QueryGateway queries;
    private final Consistency consistency;
    private final RosterReader roster;

    ClassOverviewController(QueryGateway queries, Consistency consistency, RosterReader roster) {
        this.queries = queries;
        this.consistency = consistency;
        this.roster = roster;
    }

    @GetMapping("/api/v1/classes/{classId}/overview")
    ResponseEntity<ClassOverviewView> classOverview(@PathVariable String classId,
                                                    @RequestHeader(name = Consistency.WAIT_FOR, required = false)
                                                    Long waitForPosition,
                                                    Authentication authentication) {
        consistency.await(ReadModels.CLASS_ROSTER, waitForPosition);
        Caller caller = Caller.of(authentication);
        if (!caller.has(Role.ADMIN) && !(caller.has(Role.TEACHER) && roster.teachesClass(caller.subject(), classId))) {
            throw new AccessDeniedException("Only the class's teacher and admins may read class " + classId + ".");
        }
        Watermark watermark = awaitAll(waitForPosition);
        ClassOverviewView view = queries.query(new FindClassOverviewQuery(classId),
                        ResponseTypes.optionalInstanceOf(ClassOverviewView.class)).join()
                .orElseThrow(() -> Problems.notFound("Unknown class", "No class " + classId + " is known."));
        return ResponseEntity.ok().headers(Consistency.headers(watermark)).body(view);
    }

    @GetMapping("/api/v1/centres/{centreId}/overview")
    ResponseEntity<CentreOverviewView> centreOverview(@PathVariable String centreId,
                                                      @RequestHeader(name = Consistency.WAIT_FOR, required = false)
                                                      Long waitForPosition,
                                                      Authentication authentication) {
        if (!Caller.of(authentication).has(Role.ADMIN)) {
            throw new AccessDeniedException("Only admins may read the roll-up of centre " + centreId + ".");
        }
        Watermark watermark = awaitAll(waitForPosition);
        CentreOverviewView view = queries.query(new FindCentreOverviewQuery(centreId),
                        ResponseTypes.optionalInstanceOf(CentreOverviewView.class)).join()
                .orElseThrow(() -> Problems.notFound("Unknown centre", "No centre " + centreId + " is known."));
        return ResponseEntity.ok().headers(Consistency.headers(watermark)).body(view);
    }

    private Watermark awaitAll(Long waitForPosition) {
        return consistency.awaitAll(MADE_OF, waitForPosition);
    }
}
