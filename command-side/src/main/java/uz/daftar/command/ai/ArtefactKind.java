package uz.daftar.command.ai;

import uz.daftar.command.outside.OutsideFeature;

/** What can be generated, and under which outside feature (budget, circuit) its generation runs. */
public enum ArtefactKind {
    PARENT_NARRATIVE(OutsideFeature.PARENT_NARRATIVE, false),
    RECOMMENDATIONS(OutsideFeature.RECOMMENDATIONS, false),
    STORY_DRAFT(OutsideFeature.TEACHING_DRAFTS, true),
    QUIZ_DRAFT(OutsideFeature.TEACHING_DRAFTS, true);

    private final OutsideFeature feature;
    private final boolean draft;

    ArtefactKind(OutsideFeature feature, boolean draft) {
        this.feature = feature;
        this.draft = draft;
    }

    public OutsideFeature feature() {
        return feature;
    }

    /** A draft for a class: children see it only once a teacher of the class approved it. */
    public boolean draft() {
        return draft;
    }
}
