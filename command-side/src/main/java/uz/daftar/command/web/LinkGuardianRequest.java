package uz.daftar.command.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

public record LinkGuardianRequest(
        @NotNull @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String guardianId) {
}
