package uz.daftar.events.olympiad;

/** Every participant ranked {@code fromRank} to {@code toRank} (both included) in the frozen standings wins {@code coins}. */
public record PrizeBand(int fromRank, int toRank, long coins) {
}
