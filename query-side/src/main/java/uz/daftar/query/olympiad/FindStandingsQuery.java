package uz.daftar.query.olympiad;

/** The first {@code limit} places of an olympiad's standings. */
public record FindStandingsQuery(String olympiadId, int limit) {
}
