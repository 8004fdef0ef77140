package uz.daftar.command.reading;

import uz.daftar.events.reading.AssessmentSettings;

/** What a speech service answered for one reading: scores, or that it recognised no speech to score. */
public sealed interface ServiceAssessment {

    /** The reading was scored, with the service SDK's version and the settings it ran with. */
    record Scored(ReadingScores scores, String sdkVersion, AssessmentSettings settings) implements ServiceAssessment {
    }

    /** The service heard nothing it could score ({@code status}: NoMatch, InitialSilenceTimeout, ...). */
    record NotRecognised(String status, String message) implements ServiceAssessment {
    }
}
