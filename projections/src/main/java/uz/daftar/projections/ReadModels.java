package uz.daftar.projections;

import uz.daftar.projections.ai.ArtefactProjection;
import uz.daftar.projections.coins.LedgerProjection;
import uz.daftar.projections.practice.MasteryProjection;
import uz.daftar.projections.progress.BadgeProjection;
import uz.daftar.projections.dashboard.DailyActivityProjection;
import uz.daftar.projections.dashboard.StudentDashboardProjection;
import uz.daftar.projections.disputes.DisputeProjection;
import uz.daftar.projections.learner.ClassRosterProjection;
import uz.daftar.projections.learner.GuardianshipProjection;
import uz.daftar.projections.leaderboard.LeaderboardProjection;
import uz.daftar.projections.olympiad.OlympiadStandingsProjection;
import uz.daftar.projections.operations.OperatorAuditProjection;
import uz.daftar.projections.reading.ReadingAttemptProjection;
import uz.daftar.projections.search.ActivityIndexer;
import uz.daftar.projections.timeline.TimelineProjection;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The processing group of every read model, the tables and indices it owns. The watermark of a query is the
 * watermark of the processor behind it; the replay check digests exactly these, and a rebuild (docs/decisions/0012)
 * builds exactly these tables beside the live ones.
 */
public enum ReadModels {

    STUDENT_DASHBOARD(StudentDashboardProjection.PROCESSING_GROUP, List.of("student_dashboard"), List.of()),
    DAILY_ACTIVITY(DailyActivityProjection.PROCESSING_GROUP, List.of("activity_quarter"), List.of()),
    MASTERY(MasteryProjection.PROCESSING_GROUP, List.of("skill_mastery"), List.of()),
    BADGES(BadgeProjection.PROCESSING_GROUP, List.of("student_badge"), List.of()),
    COIN_LEDGER(LedgerProjection.PROCESSING_GROUP, List.of("ledger_entry"), List.of()),
    GUARDIANSHIP(GuardianshipProjection.PROCESSING_GROUP, List.of("guardianship"), List.of()),
    CLASS_ROSTER(ClassRosterProjection.PROCESSING_GROUP, List.of("roster_class", "roster_enrolment",
            "roster_centre_admin"), List.of()),
    OLYMPIAD_STANDINGS(OlympiadStandingsProjection.PROCESSING_GROUP,
            List.of("olympiad", "olympiad_participant", "olympiad_result"), List.of()),
    LEADERBOARDS(LeaderboardProjection.PROCESSING_GROUP, List.of("lb_entry", "lb_count", "lb_enrolment",
            "lb_centre", "lb_unlisted", "lb_game_session", "lb_entry_history"), List.of()),
    STUDENT_TIMELINE(TimelineProjection.PROCESSING_GROUP, List.of("timeline_entry", "timeline_contribution"),
            List.of()),
    DISPUTES(DisputeProjection.PROCESSING_GROUP, List.of("dispute_case", "dispute_step"), List.of()),
    OPERATOR_AUDIT(OperatorAuditProjection.PROCESSING_GROUP, List.of("operator_audit"), List.of()),
    AI_ARTEFACTS(ArtefactProjection.PROCESSING_GROUP, List.of("ai_artefact"), List.of()),
    READING_ATTEMPTS(ReadingAttemptProjection.PROCESSING_GROUP, List.of("reading_attempt"), List.of()),
    ACTIVITY_INDEX(ActivityIndexer.PROCESSING_GROUP, List.of("activity_student", "activity_enrolment",
            "activity_centre"), List.of(ActivityIndexer.INDEX_ALIAS));

    private final String processingGroup;
    private final List<String> tables;
    private final List<String> indices;

    ReadModels(String processingGroup, List<String> tables, List<String> indices) {
        this.processingGroup = processingGroup;
        this.tables = tables;
        this.indices = indices;
    }

    /**
     * The version of the read model its deployed projection writes. Raise it with a change that makes the projection
     * give other rows for the same events: a blue/green rebuild (docs/decisions/0012) builds it beside the live one.
     */
    public int version() {
        return 1;
    }

    /** Whether it can be rebuilt into a shadow schema beside the live one: PostgreSQL tables only, for now. */
    public boolean rebuildable() {
        return indices.isEmpty();
    }

    /** The read model of a name as the API spells it (its processing group), if there is one. */
    public static Optional<ReadModels> named(String name) {
        return Arrays.stream(values()).filter(model -> model.processingGroup.equals(name)).findFirst();
    }

    public String processingGroup() {
        return processingGroup;
    }

    public List<String> tables() {
        return tables;
    }

    public List<String> indices() {
        return indices;
    }
}
