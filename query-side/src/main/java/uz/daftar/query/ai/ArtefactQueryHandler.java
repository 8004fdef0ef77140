package uz.daftar.query.ai;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uz.daftar.projections.ai.ArtefactReader;
import uz.daftar.projections.ai.ArtefactRow;

import java.util.List;
import java.util.Optional;

/** Answers the artefact queries from the {@code ai_artefact} read model. */
@Component
class ArtefactQueryHandler {

    private final ArtefactReader artefacts;

    ArtefactQueryHandler(ArtefactReader artefacts) {
        this.artefacts = artefacts;
    }

    @QueryHandler
    List<ArtefactView> handle(FindStudentArtefactsQuery query) {
        return artefacts.ofStudent(query.studentId(), query.limit()).stream()
                .filter(row -> query.withNarratives() || !"PARENT_NARRATIVE".equals(row.kind()))
                .map(ArtefactQueryHandler::view).toList();
    }

    @QueryHandler
    List<ArtefactView> handle(FindClassMaterialsQuery query) {
        return artefacts.ofClass(query.classId(), query.approvedOnly(), query.limit()).stream()
                .map(ArtefactQueryHandler::view).toList();
    }

    @QueryHandler
    Optional<ArtefactView> handle(FindArtefactQuery query) {
        return artefacts.find(query.artefactId()).map(ArtefactQueryHandler::view);
    }

    static ArtefactView view(ArtefactRow row) {
        return new ArtefactView(row.artefactId(), row.kind(), row.studentId(), row.classId(), row.periodFrom(),
                row.periodTo(), row.status(), row.output() != null, row.model(), row.promptVersion(), row.output(),
                row.failure(), row.decidedBy(), row.reason(), row.inputReferences(), row.requestedAt(),
                row.settledAt(), row.decidedAt());
    }
}
