package uz.daftar.query.web;

import uz.daftar.projections.ReadModels;

import java.util.List;

/**
 * Something shown live: read from {@code readModels} by {@link #read}. Subscribers of equal feeds (equal
 * {@link #key}) share one read per change, however many they are.
 */
interface LiveFeed<R> {

    /** What is read, e.g. an olympiad's first ten places; feeds with equal keys read the same thing. */
    Object key();

    /** The read models the view is made of; it may have changed when any of them moved. */
    List<ReadModels> readModels();

    R read();
}
