package uz.daftar.query.olympiad;

/** One olympiad; a draft only {@code withDrafts}. */
public record FindOlympiadQuery(String olympiadId, boolean withDrafts) {
}
