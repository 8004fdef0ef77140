package uz.daftar.query.ai;

/** A student's artefacts, newest first; narratives only when {@code withNarratives} (the parent-report rule). */
public record FindStudentArtefactsQuery(String studentId, boolean withNarratives, int limit) {
}
