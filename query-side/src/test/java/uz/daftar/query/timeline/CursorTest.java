package uz.daftar.query.timeline;

import org.junit.jupiter.api.Test;
import uz.daftar.projections.timeline.TimelineKey;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CursorTest {

    @Test
    void aCursorLeadsBackToExactlyThePlaceItWasMadeFrom() {
        TimelineKey key = new TimelineKey(Instant.parse("2026-11-20T10:15:00.123456Z"), 17,
                "3f1c2a9e-0c1d-4f7e-9a51-8c2d1e0f4b6a");

        assertThat(Cursor.parse(Cursor.of(key))).contains(key);
        assertThat(Cursor.of(key)).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void somethingThisApiDidNotGiveOutIsNoCursor() {
        assertThat(Cursor.parse("bm90LWEtY3Vyc29y")).isEmpty();
        assertThat(Cursor.parse("MTc2MzYzMzcwMC4wOmE6ZXZlbnQ")).as("1763633700.0:a:event").isEmpty();
        assertThat(Cursor.parse("***")).isEmpty();
        assertThat(Cursor.parse("")).isEmpty();
    }
}
