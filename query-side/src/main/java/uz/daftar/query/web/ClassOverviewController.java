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
import uz.daftar.projections.ReadModels;
import uz.daftar.query.learner.CentreOverviewView;
import uz.daftar.query.learner.ClassOverviewView;
import uz.daftar.query.learner.FindCentreOverviewQuery;
import uz.daftar.query.learner.FindClassOverviewQuery;

import java.util.List;

/**
 * Teacher and centre views. {@code GET /api/v1/classes/{classId}/overview} ({@link ClassOverviewView}): the class's
 * teacher, the admins of its centre and admins. {@code GET /api/v1/centres/{centreId}/overview}
 * ({@link CentreOverviewView}): the centre's admins and admins. Everyone else gets a 403 (rules in
 * {@link OrganisationAccess}). The watermark is the least caught-up of the read models the view is made of.
 */
@RestController
class ClassOverviewController {

    private static final List<ReadModels> MADE_OF = List.of(ReadModels.CLASS_ROSTER, ReadModels.STUDENT_DASHBOARD,
            ReadModels.DAILY_ACTIVITY, ReadModels.MASTERY, ReadModels.OLYMPIAD_STANDINGS);

    private final QueryGateway queries;
    private final Consistency consistency;
    private final OrganisationAccess organisation;

    ClassOverviewController(QueryGateway queries, Consistency consistency, OrganisationAccess organisation) {
        this.queries = queries;
        this.consistency = consistency;
        this.organisation = organisation;
    }

    @GetMapping("/api/v1/classes/{classId}/overview")
    ResponseEntity<ClassOverviewView> classOverview(@PathVariable String classId,
                                                    @RequestHeader(name = Consistency.WAIT_FOR, required = false)
                                                    Long waitForPosition,
                                                    Authentication authentication) {
        consistency.waitFor(ReadModels.CLASS_ROSTER, waitForPosition);
        if (!organisation.mayReadClass(Caller.of(authentication), classId)) {
            throw new AccessDeniedException("Only the class's teacher, its centre's admins and admins may read class "
                    + classId + ".");
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
        consistency.waitFor(ReadModels.CLASS_ROSTER, waitForPosition);
        if (!organisation.mayReadCentre(Caller.of(authentication), centreId)) {
            throw new AccessDeniedException("Only the centre's admins and admins may read the roll-up of centre "
                    + centreId + ".");
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
