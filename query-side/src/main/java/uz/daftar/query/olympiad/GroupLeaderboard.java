package uz.daftar.query.olympiad;

import java.util.List;

/**
 * The places of a class's or centre's students as a caller sees them: {@code group} is {@code CLASS} or
 * {@code CENTRE}; each entry has its rank in the group and its place overall.
 */
public record GroupLeaderboard(String olympiadId,
                               String group,
                               String groupId,
                               boolean frozen,
                               int rankedInGroup,
                               List<Entry> entries) {

    public record Entry(int groupRank, LeaderboardEntry standing) {
    }
}
