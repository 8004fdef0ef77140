package uz.daftar.query.web;

import uz.daftar.query.olympiad.Leaderboard;

import java.io.IOException;

/** Where one subscriber's standings go: a server-sent-event stream in the app, a list in tests. */
interface StandingsSink {

    /** Sends the standings read at {@code position}; throws when the subscriber is gone. */
    void send(Leaderboard standings, long position) throws IOException;

    /** Ends the subscription from our side. */
    void close();
}
