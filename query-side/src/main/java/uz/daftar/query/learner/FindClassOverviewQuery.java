package uz.daftar.query.learner;

/** A teacher's view of one class: who is active, who is stuck on which skill, olympiad results. */
public record FindClassOverviewQuery(String classId) {
}
