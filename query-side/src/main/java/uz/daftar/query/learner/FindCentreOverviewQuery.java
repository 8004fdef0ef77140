package uz.daftar.query.learner;

/** A learning centre's roll-up across its classes. */
public record FindCentreOverviewQuery(String centreId) {
}
