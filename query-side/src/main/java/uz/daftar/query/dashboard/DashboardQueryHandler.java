package uz.daftar.query.dashboard;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uz.daftar.events.learner.StudentProfile;
import uz.daftar.platform.privacy.StudentProfiles;
import uz.daftar.projections.dashboard.DashboardReader;
import uz.daftar.projections.dashboard.StudentDashboardRow;

import java.util.Optional;

@Component
class DashboardQueryHandler {

    private final DashboardReader dashboards;
    private final StudentProfiles profiles;

    DashboardQueryHandler(DashboardReader dashboards, StudentProfiles profiles) {
        this.dashboards = dashboards;
        this.profiles = profiles;
    }

    @QueryHandler
    Optional<StudentDashboardView> handle(FindStudentDashboardQuery query) {
        return dashboards.find(query.studentId()).map(this::view);
    }

    private StudentDashboardView view(StudentDashboardRow row) {
        String displayName = profiles.open(row.profileKeyId(), row.sealedProfile())
                .map(StudentProfile::displayName)
                .orElse(null);
        return new StudentDashboardView(row.studentId(), displayName, row.timeZone(), row.language(),
                row.registeredAt(), row.answers(), row.correctAnswers(), row.practiceMillis() / 60_000,
                row.totalXp(), row.coinBalance(), row.coinsHeld(), row.lastActiveAt());
    }
}
