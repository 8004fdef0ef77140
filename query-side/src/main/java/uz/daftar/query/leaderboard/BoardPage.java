package uz.daftar.query.leaderboard;

import uz.daftar.projections.leaderboard.Place;

import java.util.List;

/** The first places of a board and how many students are listed on it. */
public record BoardPage(String board, long ranked, List<Place> places) {
}
