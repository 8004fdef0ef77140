package uz.daftar.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

@AutoConfiguration
@Import(ProblemHandling.class)
public class WebConfiguration {

    @Bean
    public FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(
            @Value("${daftar.web.max-body-bytes:65536}") long maxBodyBytes,
            ObjectProvider<BodyAllowance> allowances) {
        FilterRegistrationBean<RequestSizeLimit> registration =
                new FilterRegistrationBean<>(new RequestSizeLimit(maxBodyBytes, allowances.orderedStream().toList()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    public OpenAPI daftarOpenApi(@Value("${spring.application.name:daftar}") String application) {
        return new OpenAPI()
                .info(new Info().title("Daftar " + application).version("v1")
                        .description("Daftar, the learning-progress engine. Every call but health needs a bearer "
                                + "token; errors are application/problem+json."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
