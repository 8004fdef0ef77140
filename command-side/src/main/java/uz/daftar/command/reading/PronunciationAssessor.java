package uz.daftar.command.reading;

import java.nio.file.Path;

/**
 * A speech service that scores a reading aloud against its text. Called only by the reading assessment process,
 * through the outside-call guard; it enforces its own timeout and reports failures as {@code OutsideFailure}s.
 */
public interface PronunciationAssessor {

    /** Scores the 16 kHz mono PCM WAV file against {@code referenceText} in the service's {@code locale}. */
    ServiceAssessment assess(Path wav, String referenceText, String locale);
}
