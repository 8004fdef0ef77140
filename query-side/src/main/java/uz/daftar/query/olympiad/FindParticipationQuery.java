package uz.daftar.query.olympiad;

/** How many students reached each step of an olympiad, in total, per class and per centre. */
public record FindParticipationQuery(String olympiadId) {
}
