package uz.daftar.command.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the learning-centre endpoints. */
final class OrganisationRequests {

    private OrganisationRequests() {
    }

    record RegisterCentre(@NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String centreId,
                          @NotBlank @Size(max = 120) String name,
                          @NotNull @Pattern(regexp = "[A-Z]{2}-[A-Z0-9]{1,3}",
                                  message = "must be an ISO 3166-2 region code such as UZ-TK") String region) {
    }

    record AddTeacher(@NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String teacherId) {
    }

    record AppointAdmin(@NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String adminId) {
    }

    record OpenClass(@NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String classId,
                     @NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String centreId,
                     @NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String teacherId,
                     @NotBlank @Size(max = 80) String name) {
    }

    record Enrol(@NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String studentId) {
    }
}
