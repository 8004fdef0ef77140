package uz.daftar.command.outside;

/** TEMPORARY stand-in for the lead's guard on main (OUTSIDE.md); removed when main is merged. */
public enum OutsideFeature {
    READING_ASSESSMENT, PARENT_NARRATIVE, RECOMMENDATIONS, TEACHING_DRAFTS;

    public String key() {
        return name().toLowerCase().replace('_', '-');
    }
}
