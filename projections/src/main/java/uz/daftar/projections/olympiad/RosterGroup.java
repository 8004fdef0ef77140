package uz.daftar.projections.olympiad;

/** The roster groups standings and participation can be restricted to. */
public enum RosterGroup {
    CLASS("class_id"),
    CENTRE("centre_id");

    private final String column;

    RosterGroup(String column) {
        this.column = column;
    }

    /** The column of {@code roster_enrolment} that names the group. */
    String column() {
        return column;
    }
}
