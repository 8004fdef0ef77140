package uz.daftar.query.ai;

/** A class's generated drafts, newest first: approved ones only when {@code approvedOnly} (for its children). */
public record FindClassMaterialsQuery(String classId, boolean approvedOnly, int limit) {
}
