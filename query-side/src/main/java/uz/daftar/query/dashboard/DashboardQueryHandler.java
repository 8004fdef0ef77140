package uz.daftar.query.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uz.daftar.events.learner.StudentProfile;
import uz.daftar.events.serialization.EventSerialization;
import uz.daftar.platform.privacy.PersonalDataVault;
import uz.daftar.projections.dashboard.DashboardReader;
import uz.daftar.projections.dashboard.StudentDashboardRow;

import java.util.Optional;

@Component
class DashboardQueryHandler {

    private static final ObjectMapper PROFILE_JSON = EventSerialization.objectMapper();

    private final DashboardReader dashboards;
    private final PersonalDataVault vault;

    DashboardQueryHandler(DashboardReader dashboards, PersonalDataVault vault) {
        this.dashboards = dashboards;
        this.vault = vault;
    }

    @QueryHandler
    Optional<StudentDashboardView> handle(FindStudentDashboardQuery query) {
        return dashboards.find(query.studentId()).map(this::view);
    }

    private StudentDashboardView view(StudentDashboardRow row) {
        String displayName = vault.open(row.profileKeyId(), row.sealedProfile())
                .map(DashboardQueryHandler::profile)
                .map(StudentProfile::displayName)
                .orElse(null);
        return new StudentDashboardView(row.studentId(), displayName, row.timeZone(), row.language(),
                row.registeredAt(), row.answers(), row.correctAnswers(), row.practiceMillis() / 60_000,
                row.totalXp(), row.lastActiveAt());
    }

    private static StudentProfile profile(String json) {
        try {
            return PROFILE_JSON.readValue(json, StudentProfile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a sealed profile does not read as a StudentProfile", e);
        }
    }
}
