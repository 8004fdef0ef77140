package uz.daftar.query.web;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import uz.daftar.query.olympiad.Leaderboard;

import java.io.IOException;

/** Standings as server-sent events named {@value #EVENT}, each with the position it was read at as its id. */
final class SseStandingsSink implements StandingsSink {

    static final String EVENT = "standings";

    private final SseEmitter emitter;

    SseStandingsSink(SseEmitter emitter) {
        this.emitter = emitter;
    }

    @Override
    public void send(Leaderboard standings, long position) throws IOException {
        emitter.send(SseEmitter.event().name(EVENT).id(Long.toString(position))
                .data(standings, MediaType.APPLICATION_JSON));
    }

    @Override
    public void close() {
        emitter.complete();
    }
}
