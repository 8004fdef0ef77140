package uz.daftar.query.web;

/**
 * How far the read model behind an answer has caught up: every event at or below {@code position} is in it.
 * {@code caughtUp} is false when the caller asked to wait for a position that was not reached in time.
 */
public record Watermark(String readModel, long position, boolean caughtUp) {
}
