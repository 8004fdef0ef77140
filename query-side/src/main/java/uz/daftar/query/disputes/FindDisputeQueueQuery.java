package uz.daftar.query.disputes;

/** The admin queue: disputes of one status ({@code OPEN}, {@code TAKEN}, {@code UPHELD}, {@code REJECTED}), oldest first. */
public record FindDisputeQueueQuery(String status, int limit) {
}
