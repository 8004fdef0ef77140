package uz.daftar.command.outside;

import java.util.Arrays;
import java.util.Optional;

/** The features of Daftar that need a service outside it. Each has its own daily budget. */
public enum OutsideFeature {
    READING_ASSESSMENT("reading-assessment"),
    PARENT_NARRATIVE("parent-narrative"),
    RECOMMENDATIONS("recommendations"),
    TEACHING_DRAFTS("teaching-drafts");

    private final String key;

    OutsideFeature(String key) {
        this.key = key;
    }

    /** The feature's name in configuration ({@code daftar.outside.<key>.daily-budget}) and in the API. */
    public String key() {
        return key;
    }

    public static Optional<OutsideFeature> byKey(String key) {
        return Arrays.stream(values()).filter(feature -> feature.key.equals(key)).findFirst();
    }
}
