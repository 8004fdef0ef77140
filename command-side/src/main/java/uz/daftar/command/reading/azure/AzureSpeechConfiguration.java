package uz.daftar.command.reading.azure;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(AzureSpeechSettings.class)
class AzureSpeechConfiguration {
}
