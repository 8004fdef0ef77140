package uz.daftar.query.web;

import uz.daftar.query.olympiad.StandingsView;

/** What the standings publisher reads: how far the standings read model is, and an olympiad's first places. */
interface StandingsSource {

    long position();

    StandingsView standings(String olympiadId, int limit);
}
