package uz.daftar.query.family;

/** Everything a parent follows: each linked child's dashboard and their last {@code days} days of activity. */
public record FindFamilyQuery(String parentId, int days) {
}
