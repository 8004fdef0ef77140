package uz.daftar.command.reading;

import java.util.Arrays;
import java.util.Optional;

/**
 * The languages a child reads in, as the API spells them, and the speech service's locale for each. Uzbek in
 * Cyrillic script has no locale of its own: Azure's uz-UZ scores against Latin-script reference text, so a
 * uz-Cyrl reading is scored by a teacher only (docs/decisions/0017).
 */
public enum ReadingLanguage {
    UZ_LATN("uz-Latn", "uz-UZ"),
    UZ_CYRL("uz-Cyrl", null),
    RU("ru", "ru-RU"),
    EN("en", "en-US");

    private final String code;
    private final String azureLocale;

    ReadingLanguage(String code, String azureLocale) {
        this.code = code;
        this.azureLocale = azureLocale;
    }

    public static Optional<ReadingLanguage> of(String code) {
        return Arrays.stream(values()).filter(language -> language.code.equals(code)).findFirst();
    }

    public String code() {
        return code;
    }

    /** The speech service's locale, absent when the service cannot assess this language. */
    public Optional<String> azureLocale() {
        return Optional.ofNullable(azureLocale);
    }
}
