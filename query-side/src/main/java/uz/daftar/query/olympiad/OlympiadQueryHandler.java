package uz.daftar.query.olympiad;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uz.daftar.projections.learner.RosterReader;
import uz.daftar.projections.olympiad.GroupStandings;
import uz.daftar.projections.olympiad.OlympiadReader;
import uz.daftar.projections.olympiad.OlympiadRow;
import uz.daftar.projections.olympiad.ParticipantRow;
import uz.daftar.projections.olympiad.ParticipationCounts;
import uz.daftar.projections.olympiad.RosterGroup;
import uz.daftar.projections.olympiad.StandingNeighbourhood;
import uz.daftar.projections.olympiad.StandingRow;
import uz.daftar.projections.olympiad.Standings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Component
class OlympiadQueryHandler {

    private final OlympiadReader olympiads;
    private final RosterReader roster;

    OlympiadQueryHandler(OlympiadReader olympiads, RosterReader roster) {
        this.olympiads = olympiads;
        this.roster = roster;
    }

    @QueryHandler
    List<OlympiadView> handle(FindOlympiadsQuery query) {
        return olympiads.olympiads(query.withDrafts()).stream().map(OlympiadQueryHandler::view).toList();
    }

    @QueryHandler
    Optional<OlympiadView> handle(FindOlympiadQuery query) {
        return olympiads.olympiad(query.olympiadId())
                .filter(olympiad -> query.withDrafts() || !"DRAFT".equals(olympiad.status()))
                .map(OlympiadQueryHandler::view);
    }

    @QueryHandler
    StandingsView handle(FindStandingsQuery query) {
        Standings standings = olympiads.top(query.olympiadId(), query.limit());
        return new StandingsView(query.olympiadId(), standings.frozen(), standings.ranked(),
                places(standings.entries()));
    }

    /** Empty when the student does not take part. */
    @QueryHandler
    Optional<StudentStandingView> handle(FindStudentStandingQuery query) {
        Optional<ParticipantRow> participant = olympiads.participant(query.olympiadId(), query.studentId());
        Optional<StandingNeighbourhood> around = olympiads.around(query.olympiadId(), query.studentId(),
                query.neighbours());
        if (participant.isEmpty() && around.isEmpty()) {
            return Optional.empty();
        }
        String status = participant.map(ParticipantRow::status).orElse("SUBMITTED");
        return Optional.of(around.map(found -> new StudentStandingView(query.olympiadId(), query.studentId(), status,
                        found.frozen(), found.ranked(), place(found.entry()), places(found.above()),
                        places(found.below())))
                .orElseGet(() -> {
                    Standings standings = olympiads.top(query.olympiadId(), 0);
                    return new StudentStandingView(query.olympiadId(), query.studentId(), status, standings.frozen(),
                            standings.ranked(), null, List.of(), List.of());
                }));
    }

    /** Empty when the roster knows no such class or centre. */
    @QueryHandler
    Optional<GroupStandingsView> handle(FindGroupStandingsQuery query) {
        boolean known = query.group() == RosterGroup.CLASS ? roster.findClass(query.groupId()).isPresent()
                : roster.centreKnown(query.groupId());
        if (!known) {
            return Optional.empty();
        }
        GroupStandings standings = olympiads.ofGroup(query.olympiadId(), query.group(), query.groupId(),
                query.limit());
        return Optional.of(new GroupStandingsView(query.olympiadId(), query.group(), query.groupId(),
                standings.frozen(), standings.rankedInGroup(), standings.entries().stream()
                .map(entry -> new GroupStandingsView.Entry(entry.groupRank(), place(entry.standing())))
                .toList()));
    }

    @QueryHandler
    ParticipationView handle(FindParticipationQuery query) {
        return new ParticipationView(query.olympiadId(), counts(olympiads.participation(query.olympiadId())),
                counts(olympiads.participationBy(query.olympiadId(), RosterGroup.CLASS)),
                counts(olympiads.participationBy(query.olympiadId(), RosterGroup.CENTRE)));
    }

    private static OlympiadView view(OlympiadRow row) {
        OlympiadRow.Frozen frozen = row.frozen();
        return new OlympiadView(row.olympiadId(), row.titles(), row.subject(), row.minAge(), row.maxAge(),
                new OlympiadView.Schedule(row.schedule().registrationOpens(), row.schedule().registrationCloses(),
                        row.schedule().startOpens(), row.schedule().startCloses(), row.schedule().durationSeconds(),
                        row.schedule().finalDeadline()), row.entryFee(), row.questionCount(), row.maxScore(),
                row.prizes().stream().map(band -> new OlympiadView.Prize(band.fromRank(), band.toRank(), band.coins()))
                        .toList(), row.status(), row.createdAt(), row.publishedAt(), row.cancelledAt(),
                row.cancelReason(), frozen == null ? null : new OlympiadView.FrozenStandings(frozen.participants(),
                frozen.rankingRule(), frozen.prizeRule(), frozen.rankingDigest(), frozen.frozenAt()));
    }

    private static List<StandingView> places(List<StandingRow> rows) {
        return rows.stream().map(OlympiadQueryHandler::place).toList();
    }

    private static StandingView place(StandingRow row) {
        return new StandingView(row.rank(), row.studentId(), row.score(), row.submittedAt(), row.prizeCoins());
    }

    private static ParticipationView.Counts counts(ParticipationCounts counts) {
        return new ParticipationView.Counts(counts.registered(), counts.started(), counts.submitted(), counts.forced(),
                counts.graded(), counts.cancelled());
    }

    private static Map<String, ParticipationView.Counts> counts(Map<String, ParticipationCounts> byGroup) {
        Map<String, ParticipationView.Counts> counts = new LinkedHashMap<>();
        byGroup.forEach((group, groupCounts) -> counts.put(group, counts(groupCounts)));
        return counts;
    }
}
