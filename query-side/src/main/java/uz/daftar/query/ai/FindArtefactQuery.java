package uz.daftar.query.ai;

/** One artefact by id. */
public record FindArtefactQuery(String artefactId) {
}
