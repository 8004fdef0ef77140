package uz.daftar.query.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uz.daftar.platform.security.Caller;
import uz.daftar.platform.security.Role;
import uz.daftar.projections.ReadModels;
import uz.daftar.projections.learner.RosterReader;
import uz.daftar.query.ai.ArtefactView;
import uz.daftar.query.ai.FindArtefactQuery;
import uz.daftar.query.ai.FindClassMaterialsQuery;
import uz.daftar.query.ai.FindStudentArtefactsQuery;

import java.util.List;

/**
 * Generated artefacts (docs/decisions/0018-generated-content.md):
 * <ul>
 *   <li>{@code GET /api/v1/students/{id}/artefacts?limit}: a student's artefacts, for whoever reads the student
 *   ({@link StudentAccess}) and the student's teachers; report narratives only for linked parents and admins;</li>
 *   <li>{@code GET /api/v1/classes/{id}/materials?limit}: a class's story and quiz drafts: all, with their status,
 *   for its teacher, its centre's admins and admins; the approved ones only for its children and their parents;</li>
 *   <li>{@code GET /api/v1/artefacts/{id}}: one artefact under the same rules (a draft not yet approved is not
 *   found for children).</li>
 * </ul>
 */
@RestController
@Validated
class ArtefactController {

    private final QueryGateway queries;
    private final Consistency consistency;
    private final StudentAccess students;
    private final OrganisationAccess organisation;
    private final RosterReader roster;

    ArtefactController(QueryGateway queries, Consistency consistency, StudentAccess students,
                       OrganisationAccess organisation, RosterReader roster) {
        this.queries = queries;
        this.consistency = consistency;
        this.students = students;
        this.organisation = organisation;
        this.roster = roster;
    }

    @GetMapping("/api/v1/students/{studentId}/artefacts")
    ResponseEntity<List<ArtefactView>> ofStudent(@PathVariable String studentId,
                                                 @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
                                                 @RequestHeader(name = Consistency.WAIT_FOR, required = false)
                                                 Long waitForPosition,
                                                 Authentication authentication) {
        Caller caller = Caller.of(authentication);
        consistency.waitFor(StudentAccess.DECIDED_BY, waitForPosition);
        requireMayReadStudent(caller, studentId);
        Watermark watermark = consistency.await(ReadModels.AI_ARTEFACTS, waitForPosition);
        List<ArtefactView> artefacts = queries.query(new FindStudentArtefactsQuery(studentId,
                students.mayReadParentReport(caller, studentId), limit),
                ResponseTypes.multipleInstancesOf(ArtefactView.class)).join();
        return ResponseEntity.ok().headers(Consistency.headers(watermark)).body(artefacts);
    }

    @GetMapping("/api/v1/classes/{classId}/materials")
    ResponseEntity<List<ArtefactView>> materials(@PathVariable String classId,
                                                 @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
                                                 @RequestHeader(name = Consistency.WAIT_FOR, required = false)
                                                 Long waitForPosition,
                                                 Authentication authentication) {
        Caller caller = Caller.of(authentication);
        consistency.waitFor(StudentAccess.DECIDED_BY, waitForPosition);
        boolean staff = organisation.mayReadClass(caller, classId);
        if (!staff && !inClass(caller, classId)) {
            throw new AccessDeniedException("You may not read the materials of class " + classId + ".");
        }
        Watermark watermark = consistency.await(ReadModels.AI_ARTEFACTS, waitForPosition);
        List<ArtefactView> materials = queries.query(new FindClassMaterialsQuery(classId, !staff, limit),
                ResponseTypes.multipleInstancesOf(ArtefactView.class)).join();
        return ResponseEntity.ok().headers(Consistency.headers(watermark)).body(materials);
    }

    @GetMapping("/api/v1/artefacts/{artefactId}")
    ResponseEntity<ArtefactView> one(@PathVariable String artefactId,
                                     @RequestHeader(name = Consistency.WAIT_FOR, required = false)
                                     Long waitForPosition,
                                     Authentication authentication) {
        Caller caller = Caller.of(authentication);
        consistency.waitFor(StudentAccess.DECIDED_BY, waitForPosition);
        Watermark watermark = consistency.await(ReadModels.AI_ARTEFACTS, waitForPosition);
        ArtefactView artefact = queries.query(new FindArtefactQuery(artefactId),
                        ResponseTypes.optionalInstanceOf(ArtefactView.class)).join()
                .orElseThrow(() -> notFound(artefactId));
        if (artefact.studentId() != null) {
            requireMayReadStudent(caller, artefact.studentId());
            if ("PARENT_NARRATIVE".equals(artefact.kind())
                    && !students.mayReadParentReport(caller, artefact.studentId())) {
                throw new AccessDeniedException("Only the child's linked parents and admins read a report narrative.");
            }
        } else if (!organisation.mayReadClass(caller, artefact.classId())) {
            if (!inClass(caller, artefact.classId())) {
                throw new AccessDeniedException("You may not read the materials of class " + artefact.classId() + ".");
            }
            if (!"APPROVED".equals(artefact.status())) {
                throw notFound(artefactId);
            }
        }
        return ResponseEntity.ok().headers(Consistency.headers(watermark)).body(artefact);
    }

    private void requireMayReadStudent(Caller caller, String studentId) {
        if (!students.mayRead(caller, studentId)
                && !(caller.has(Role.TEACHER) && roster.teachesStudent(caller.subject(), studentId))) {
            throw new AccessDeniedException("You may not read student " + studentId + ".");
        }
    }

    /** A child of the class, or a parent of one. */
    private boolean inClass(Caller caller, String classId) {
        List<String> enrolled = roster.studentsOf(classId);
        return students.own(caller).stream().anyMatch(enrolled::contains);
    }

    private static RuntimeException notFound(String artefactId) {
        return Problems.notFound("Unknown artefact", "No artefact " + artefactId + " you may read (yet).");
    }
}
