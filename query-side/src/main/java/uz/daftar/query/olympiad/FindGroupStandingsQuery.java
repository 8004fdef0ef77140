package uz.daftar.query.olympiad;

import uz.daftar.projections.olympiad.RosterGroup;

/** The places of a class's or a centre's students in an olympiad's standings, at most {@code limit}. */
public record FindGroupStandingsQuery(String olympiadId, RosterGroup group, String groupId, int limit) {
}
