package uz.daftar.query.disputes;

/** One dispute with its history; {@code forFamily} leaves out which admin handled it. */
public record FindDisputeQuery(String disputeId, boolean forFamily) {
}
