package uz.daftar.command.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record RegisterStudentRequest(
        @NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String studentId,
        @NotBlank @Size(max = 80) String displayName,
        @NotNull @Past LocalDate birthDate,
        @Size(max = 64) String timeZone,
        @NotNull @Pattern(regexp = "uz-Latn|uz-Cyrl|ru|en", message = "must be one of uz-Latn, uz-Cyrl, ru, en")
        String language) {
}
