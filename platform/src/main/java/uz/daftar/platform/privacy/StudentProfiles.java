package uz.daftar.platform.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import uz.daftar.events.learner.StudentProfile;
import uz.daftar.events.serialization.EventSerialization;

import java.util.Optional;

/** Seals a student's profile under the student's own key, and opens it again for a permitted reader. */
public class StudentProfiles {

    private static final ObjectMapper JSON = EventSerialization.objectMapper();

    private final PersonalDataVault vault;

    public StudentProfiles(PersonalDataVault vault) {
        this.vault = vault;
    }

    /** The sealed form of {@code profile}, under the key {@code keyId}. */
    public String seal(String keyId, StudentProfile profile) {
        try {
            return vault.seal(keyId, JSON.writeValueAsString(profile));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a student profile", e);
        }
    }

    /** The profile, or empty once the student's personal data has been erased. */
    public Optional<StudentProfile> open(String keyId, String sealed) {
        return vault.open(keyId, sealed).map(StudentProfiles::read);
    }

    private static StudentProfile read(String json) {
        try {
            return JSON.readValue(json, StudentProfile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a sealed profile does not read as a StudentProfile", e);
        }
    }
}
