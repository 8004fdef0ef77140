package uz.daftar.query.dashboard;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uz.daftar.events.learner.StudentProfile;
import uz.daftar.platform.privacy.StudentProfiles;
import uz.daftar.projections.dashboard.DashboardReader;
import uz.daftar.projections.dashboard.StudentDashboardRow;
import uz.daftar.projections.practice.MasteryReader;
import uz.daftar.projections.progress.BadgeReader;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

@Component
public class DashboardQueryHandler {

    private final DashboardReader dashboards;
    private final BadgeReader badges;
    private final MasteryReader mastery;
    private final Clock clock;
    private final StudentProfiles profiles;

    DashboardQueryHandler(DashboardReader dashboards, BadgeReader badges, MasteryReader mastery,
                          StudentProfiles profiles, Clock clock) {
        this.dashboards = dashboards;
        this.mastery = mastery;
        this.badges = badges;
        this.clock = clock;
        this.profiles = profiles;
    }

    @QueryHandler
    Optional<StudentDashboardView> handle(FindStudentDashboardQuery query) {
        return dashboardOf(query.studentId());
    }

    /** The student's dashboard as every reader sees it; other views that show a dashboard show this one. */
    public Optional<StudentDashboardView> dashboardOf(String studentId) {
        return dashboardAt(studentId, clock.instant());
    }

    /** The dashboard as it reads at {@code now}: the current streak is the one standing on that day. */
    public Optional<StudentDashboardView> dashboardAt(String studentId, Instant now) {
        return dashboards.find(studentId).map(row -> view(row, now));
    }

    /** The student's name, if registered and their profile is not erased. */
    public Optional<String> displayNameOf(String studentId) {
        return dashboards.find(studentId).flatMap(this::displayName);
    }

    private Optional<String> displayName(StudentDashboardRow row) {
        return profiles.open(row.profileKeyId(), row.sealedProfile()).map(StudentProfile::displayName);
    }

    private StudentDashboardView view(StudentDashboardRow row, Instant now) {
        return new StudentDashboardView(row.studentId(), displayName(row).orElse(null), row.timeZone(), row.language(),
                row.registeredAt(), row.answers(), row.correctAnswers(), row.practiceMillis() / 60_000,
                row.totalXp(), row.level(), streakOn(row, now), row.bestStreak(), row.lastStreakDay(),
                row.streakFreezes(), badges.badges(row.studentId()).stream()
                .map(b -> new StudentDashboardView.Badge(b.badgeId(), b.ruleVersion(), b.sourceEventId(), b.earnedAt()))
                .toList(), mastery.mastery(row.studentId()).stream()
                .map(m -> new StudentDashboardView.SkillMastery(m.skill(), m.level(), m.correctInARow(), m.answers(),
                        m.ruleVersion()))
                .toList(), row.coinBalance(), row.coinsHeld(), row.lastActiveAt(),
                DashboardFigure.links(row.studentId()));
    }

    private static int streakOn(StudentDashboardRow row, Instant now) {
        LocalDate today = now.atZone(ZoneId.of(row.timeZone())).toLocalDate();
        return CurrentStreak.stands(row.lastStreakDay(), today) ? row.currentStreak() : 0;
    }
}
