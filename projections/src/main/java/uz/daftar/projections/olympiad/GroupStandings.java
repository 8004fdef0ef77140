package uz.daftar.projections.olympiad;

import java.util.List;

/**
 * The places of a group's students (a class's, a centre's) in an olympiad's standings: each with its rank within
 * the group and its overall rank. {@code rankedInGroup} counts all the group's places, {@code entries} may stop
 * before.
 */
public record GroupStandings(boolean frozen, int rankedInGroup, List<Entry> entries) {

    public record Entry(int groupRank, StandingRow standing) {
    }
}
