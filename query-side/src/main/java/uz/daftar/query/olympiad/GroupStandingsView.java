package uz.daftar.query.olympiad;

import uz.daftar.projections.olympiad.RosterGroup;

import java.util.List;

/**
 * The places of a class's or centre's students, each with its rank in the group and overall;
 * {@code rankedInGroup} counts all of them. Shown to callers through {@link StandingsDisplay}.
 */
public record GroupStandingsView(String olympiadId,
                                 RosterGroup group,
                                 String groupId,
                                 boolean frozen,
                                 int rankedInGroup,
                                 List<Entry> entries) {

    public record Entry(int groupRank, StandingView standing) {
    }
}
