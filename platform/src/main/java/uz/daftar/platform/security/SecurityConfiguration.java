package uz.daftar.platform.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import uz.daftar.platform.web.ProblemResponses;

import java.time.Clock;
import java.util.List;

/**
 * Both apps are JWT resource servers. Tokens are verified with the issuer's public key from configuration
 * ({@code spring.security.oauth2.resourceserver.jwt.public-key-location}); roles come from the {@code roles}
 * claim; a token's signature is checked once ({@link VerifiedTokens}). Only health probes, the API documentation
 * and the operations console's static page are open; {@code /api/v1/admin/**} is for admins alone, except that
 * analysts may read the processors' status and start and follow rebuilds (docs/decisions/0012, 0015).
 */
@AutoConfiguration(before = OAuth2ResourceServerAutoConfiguration.class)
@EnableWebSecurity
public class SecurityConfiguration {

    @Bean
    public SecurityFilterChain daftarSecurity(HttpSecurity http, JwtDecoder jwtDecoder,
                                              @Value("${daftar.console.origins:}") List<String> consoleOrigins,
                                              @Value("${daftar.security.verified-tokens:10000}") int verifiedTokens)
            throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .cors(cors -> cors.configurationSource(consoleOrigins(consoleOrigins)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/console", "/console/**").permitAll()
                        .requestMatchers("/actuator/**").hasAnyRole(Role.ADMIN.name(), Role.ANALYST.name())
                        // analysts start and follow rebuilds; the controller keeps cut-over and rollback for admins
                        .requestMatchers("/api/v1/admin/rebuilds", "/api/v1/admin/rebuilds/**")
                        .hasAnyRole(Role.ADMIN.name(), Role.ANALYST.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/admin/processors", "/api/v1/admin/processors/**",
                                "/api/v1/admin/console/**").hasAnyRole(Role.ADMIN.name(), Role.ANALYST.name())
                        .requestMatchers("/api/v1/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/error").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(new VerifiedTokens(jwtDecoder, verifiedTokens, Clock.systemUTC()))
                                .jwtAuthenticationConverter(rolesFromClaim()))
                        .authenticationEntryPoint((request, response, e) -> ProblemResponses.write(response,
                                HttpStatus.UNAUTHORIZED, "Authentication required",
                                "Send a valid bearer token in the Authorization header.")))
                .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, e) ->
                        ProblemResponses.write(response, HttpStatus.FORBIDDEN, "Forbidden",
                                "Your role does not allow this request.")))
                .httpBasic(basic -> basic.disable())
                .build();
    }

    /** Spring Security's request firewall with its default rules, checking header characters faster. */
    @Bean
    public HttpFirewall httpFirewall() {
        return HeaderCharacters.firewall();
    }

    /**
     * The operations console is served by the query side and calls the other app's admin API from the browser:
     * only the origins in {@code daftar.console.origins} may, only there, only with a bearer token (no cookies).
     */
    private static CorsConfigurationSource consoleOrigins(List<String> origins) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        List<String> allowed = origins.stream().map(String::strip).filter(origin -> !origin.isEmpty()).toList();
        if (!allowed.isEmpty()) {
            CorsConfiguration console = new CorsConfiguration();
            console.setAllowedOrigins(allowed);
            console.setAllowedMethods(List.of("GET", "POST"));
            console.setAllowedHeaders(List.of("Authorization", "Content-Type"));
            console.setAllowCredentials(false);
            console.setMaxAge(600L);
            source.registerCorsConfiguration("/api/v1/admin/**", console);
        }
        return source;
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
