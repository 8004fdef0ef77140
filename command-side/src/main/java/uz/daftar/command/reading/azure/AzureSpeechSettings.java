package uz.daftar.command.reading.azure;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How Daftar talks to Azure Speech ({@code daftar.reading.azure.*}). The service is configured when {@code key} and
 * {@code region} are set (from AZURE_SPEECH_KEY and AZURE_SPEECH_REGION); {@code endpoint}, when set, is used
 * instead of the region's default endpoint. {@code granularity} is Phoneme or Word; {@code timeout} bounds one
 * recognition.
 */
@ConfigurationProperties("daftar.reading.azure")
public record AzureSpeechSettings(String key, String region, String endpoint, Duration timeout, String granularity,
                                  Boolean miscue, Boolean prosody) {

    public AzureSpeechSettings {
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
        granularity = granularity == null || granularity.isBlank() ? "Phoneme" : granularity;
        miscue = miscue == null || miscue;
        prosody = prosody == null || prosody;
    }

    public boolean configured() {
        return key != null && !key.isBlank() && (region != null && !region.isBlank()
                || endpoint != null && !endpoint.isBlank());
    }
}
