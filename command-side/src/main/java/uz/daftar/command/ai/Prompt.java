package uz.daftar.command.ai;

/**
 * One rendered request to a model: the versioned template's system and user text, filled from an
 * {@code ArtefactRequested} event only, and the contract its answer must meet.
 */
public record Prompt(ArtefactKind kind, String version, String system, String user, OutputContract contract) {
}
