package uz.daftar.command.reading;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uz.daftar.platform.web.BodyAllowance;

/** Reading uploads are larger than other request bodies: the audio plus a little form data. */
@Configuration
class ReadingConfiguration {

    static final String UPLOAD_PATH = "/api/v1/students/*/reading-attempts";

    @Bean
    BodyAllowance readingUploads(@Value("${daftar.reading.max-audio-bytes:10485760}") long maxAudioBytes) {
        return new BodyAllowance(UPLOAD_PATH, maxAudioBytes + 64 * 1024);
    }
}
