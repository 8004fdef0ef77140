package uz.daftar.command.web;

/**
 * The answer to an accepted command: what it was about and the event-store position to wait for when reading
 * one's own write (send it back as {@code Daftar-Wait-For-Position} to the query side).
 */
public record CommandAccepted(String id, long position) {
}
