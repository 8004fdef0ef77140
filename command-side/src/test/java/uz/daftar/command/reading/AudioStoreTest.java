package uz.daftar.command.reading;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AudioStoreTest {

    @TempDir
    Path directory;

    @Test
    void audioIsKeptOnceUnderItsSha256AndFoundByItsReference() throws Exception {
        AudioStore store = new AudioStore(directory);
        byte[] wav = TestWav.reading();

        String reference = store.store(wav);

        assertThat(reference).isEqualTo("audio:sha256:" + AudioStore.sha256(wav));
        assertThat(store.store(wav)).isEqualTo(reference);
        assertThat(Files.readAllBytes(store.find(reference).orElseThrow())).isEqualTo(wav);
        try (var files = Files.walk(directory)) {
            assertThat(files.filter(Files::isRegularFile)).hasSize(1);
        }
    }

    @Test
    void deletedAudioIsGoneAndDeletingAgainChangesNothing() {
        AudioStore store = new AudioStore(directory);
        String reference = store.store(TestWav.reading());

        store.delete(reference);
        store.delete(reference);

        assertThat(store.find(reference)).isEmpty();
    }

    @Test
    void onlyWellFormedReferencesNameAFile() {
        AudioStore store = new AudioStore(directory);

        assertThatThrownBy(() -> store.find("audio:sha256:../../etc/passwd"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
