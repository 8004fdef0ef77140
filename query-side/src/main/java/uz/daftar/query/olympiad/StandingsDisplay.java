package uz.daftar.query.olympiad;

import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The one place that decides how children appear in standings: by pseudonym, unless the viewer may see them by
 * id (see {@link Viewer}).
 */
@Component
public class StandingsDisplay {

    private final Pseudonyms pseudonyms;

    public StandingsDisplay(Pseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    /** At most the first {@code limit} places. */
    public Leaderboard leaderboard(StandingsView standings, int limit, Viewer viewer) {
        return new Leaderboard(standings.olympiadId(), standings.frozen(), standings.ranked(),
                standings.entries().stream().limit(limit)
                        .map(place -> entry(standings.olympiadId(), place, viewer)).toList());
    }

    /** The student asked about is shown by id: only a permitted reader gets here. */
    public StudentLeaderboard student(StudentStandingView standing, Viewer viewer) {
        Viewer knowingStudent = viewer.knowing(List.of(standing.studentId()));
        String olympiadId = standing.olympiadId();
        return new StudentLeaderboard(olympiadId, standing.studentId(), standing.status(), standing.frozen(),
                standing.ranked(), standing.entry() == null ? null : entry(olympiadId, standing.entry(), knowingStudent),
                entries(olympiadId, standing.above(), viewer), entries(olympiadId, standing.below(), viewer));
    }

    /** {@code showIds}: every student of the group is shown by id (a teacher looking at their own class). */
    public GroupLeaderboard group(GroupStandingsView standings, Viewer viewer, boolean showIds) {
        Viewer shown = showIds ? viewer.knowing(standings.entries().stream()
                .map(entry -> entry.standing().studentId()).toList()) : viewer;
        return new GroupLeaderboard(standings.olympiadId(), standings.group().name(), standings.groupId(),
                standings.frozen(), standings.rankedInGroup(), standings.entries().stream()
                .map(entry -> new GroupLeaderboard.Entry(entry.groupRank(),
                        entry(standings.olympiadId(), entry.standing(), shown)))
                .toList());
    }

    private List<LeaderboardEntry> entries(String olympiadId, List<StandingView> places, Viewer viewer) {
        return places.stream().map(place -> entry(olympiadId, place, viewer)).toList();
    }

    private LeaderboardEntry entry(String olympiadId, StandingView place, Viewer viewer) {
        String studentId = place.studentId();
        return new LeaderboardEntry(place.rank(), pseudonyms.of(olympiadId, studentId),
                viewer.seesId(studentId) ? studentId : null, viewer.isMine(studentId), place.score(),
                place.submittedAt(), place.prizeCoins());
    }
}
