package uz.daftar.command.web;

import jakarta.validation.constraints.NotNull;

/** {@code consent}: true gives the speech consent, false withdraws it. */
public record SpeechConsentRequest(@NotNull Boolean consent) {
}
