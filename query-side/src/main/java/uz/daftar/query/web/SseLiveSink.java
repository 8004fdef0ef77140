package uz.daftar.query.web;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;

/** Views as server-sent events named {@code event}, each with the position it was read at as its id. */
final class SseLiveSink implements LiveSink {

    private final SseEmitter emitter;
    private final String event;

    SseLiveSink(SseEmitter emitter, String event) {
        this.emitter = emitter;
        this.event = event;
    }

    @Override
    public void send(Object view, long position) throws IOException {
        emitter.send(SseEmitter.event().name(event).id(Long.toString(position)).data(view, MediaType.APPLICATION_JSON));
    }

    @Override
    public void close() {
        emitter.complete();
    }
}
