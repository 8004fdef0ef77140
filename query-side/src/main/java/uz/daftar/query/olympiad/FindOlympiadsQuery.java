package uz.daftar.query.olympiad;

/** Every olympiad, the latest to start first; drafts only {@code withDrafts}. */
public record FindOlympiadsQuery(boolean withDrafts) {
}
