package uz.daftar.projections.rebuild;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.daftar.projections.rebuild.RebuildState.BUILDING;
import static uz.daftar.projections.rebuild.RebuildState.CANCELLED;
import static uz.daftar.projections.rebuild.RebuildState.CAUGHT_UP;
import static uz.daftar.projections.rebuild.RebuildState.CUT_OVER;
import static uz.daftar.projections.rebuild.RebuildState.FAILED;
import static uz.daftar.projections.rebuild.RebuildState.ROLLED_BACK;

class RebuildStateTest {

    @Test
    void onlyACaughtUpRebuildCanBeCutOver() {
        assertThat(CAUGHT_UP.mayBecome(CUT_OVER)).isTrue();
        assertThat(BUILDING.mayBecome(CUT_OVER)).isFalse();
        assertThat(CANCELLED.mayBecome(CUT_OVER)).isFalse();
    }

    @Test
    void onlyACutOverCanBeRolledBack() {
        assertThat(CUT_OVER.mayBecome(ROLLED_BACK)).isTrue();
        assertThat(CAUGHT_UP.mayBecome(ROLLED_BACK)).isFalse();
        assertThat(ROLLED_BACK.mayBecome(ROLLED_BACK)).isFalse();
    }

    @Test
    void aRebuildCanBeCancelledUntilItIsCutOver() {
        assertThat(BUILDING.mayBecome(CANCELLED)).isTrue();
        assertThat(CAUGHT_UP.mayBecome(CANCELLED)).isTrue();
        assertThat(CUT_OVER.mayBecome(CANCELLED)).isFalse();
    }

    @Test
    void finishedRebuildsGoNowhereAndHoldNoShadow() {
        for (RebuildState finished : new RebuildState[]{ROLLED_BACK, CANCELLED, FAILED}) {
            for (RebuildState next : RebuildState.values()) {
                assertThat(finished.mayBecome(next)).isFalse();
            }
            assertThat(finished.active()).isFalse();
        }
        assertThat(BUILDING.active()).isTrue();
        assertThat(CAUGHT_UP.active()).isTrue();
        assertThat(CUT_OVER.active()).isFalse();
    }
}
