package uz.daftar.platform.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import uz.daftar.platform.web.ProblemResponses;

/**
 * Both apps are JWT resource servers. Tokens are verified with the issuer's public key from configuration
 * ({@code spring.security.oauth2.resourceserver.jwt.public-key-location}); roles come from the {@code roles}
 * claim. Only health probes and the API documentation are open; {@code /api/v1/admin/**} is for admins alone, but
 * for the rebuilds, which analysts may start and follow (docs/decisions/0012).
 */
@AutoConfiguration(before = OAuth2ResourceServerAutoConfiguration.class)
@EnableWebSecurity
public class SecurityConfiguration {

    @Bean
    public SecurityFilterChain daftarSecurity(HttpSecurity http) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/actuator/**").hasAnyRole(Role.ADMIN.name(), Role.ANALYST.name())
                        // analysts start and follow rebuilds; the controller keeps cut-over and rollback for admins
                        .requestMatchers("/api/v1/admin/rebuilds", "/api/v1/admin/rebuilds/**")
                        .hasAnyRole(Role.ADMIN.name(), Role.ANALYST.name())
                        .requestMatchers("/api/v1/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/error").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromClaim()))
                        .authenticationEntryPoint((request, response, e) -> ProblemResponses.write(response,
                                HttpStatus.UNAUTHORIZED, "Authentication required",
                                "Send a valid bearer token in the Authorization header.")))
                .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, e) ->
                        ProblemResponses.write(response, HttpStatus.FORBIDDEN, "Forbidden",
                                "Your role does not allow this request.")))
                .httpBasic(basic -> basic.disable())
                .build();
    }

    private static JwtAuthenticationConverter rolesFromClaim() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName("roles");
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }
}
