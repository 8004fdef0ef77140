package uz.daftar.query.olympiad;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Who looks at standings, as far as showing children goes. {@code mine}: the caller themself (a student) or their
 * children (a parent), shown by id and marked as theirs. {@code known}: students the caller may see by id for
 * another reason (a teacher's own class, the student a permitted reader asked about). Everyone else appears
 * only under a pseudonym.
 */
public record Viewer(Set<String> mine, Set<String> known) {

    public Viewer {
        mine = Set.copyOf(mine);
        known = Set.copyOf(known);
    }

    public static Viewer of(Collection<String> mine) {
        return new Viewer(Set.copyOf(mine), Set.of());
    }

    /** The same viewer, who may also see {@code studentIds} by id. */
    public Viewer knowing(Collection<String> studentIds) {
        Set<String> more = new HashSet<>(known);
        more.addAll(studentIds);
        return new Viewer(mine, more);
    }

    boolean isMine(String studentId) {
        return mine.contains(studentId);
    }

    boolean seesId(String studentId) {
        return mine.contains(studentId) || known.contains(studentId);
    }
}
