package uz.daftar.query.web;

import java.io.IOException;

/** Where one subscriber's views go: a server-sent-event stream in the app, a list in tests. */
interface LiveSink {

    /** Sends a view read at {@code position}; throws when the subscriber is gone. */
    void send(Object view, long position) throws IOException;

    /** Ends the subscription from our side. */
    void close();
}
