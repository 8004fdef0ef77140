package uz.daftar.projections.timeline;

/** What one timeline entry adds to a figure. */
public record Contribution(TimelineEntry entry, long amount) {
}
