package org.doorstep.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.doorstep.base.DatabaseAvailability;
import org.doorstep.security.internal.BoundedPasswordEncoder;
import org.doorstep.security.internal.LoginOriginFilter;
import org.doorstep.security.internal.SecurityHeaders;
import org.doorstep.security.internal.SessionRevocationFilter;
import org.doorstep.security.ui.LoginView;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * Deny by default: Vaadin's configurer refuses every route without an access annotation and
 * every request no rule matches; method security guards the services as well.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity // @PreAuthorize on services; views use Vaadin's own access annotations
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
@EnableConfigurationProperties(LoginSettings.class)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, JdbcClient jdbc, DatabaseAvailability database,
            @Value("${doorstep.public-url:}") String publicUrl, Clock clock,
            @Value("${doorstep.session.max-lifetime}") Duration sessionLifetime) throws Exception {
        // Not a bean: Spring Boot would register it a second time, outside the security chain.
        http.addFilterBefore(new SessionRevocationFilter(jdbc, database, clock, sessionLifetime),
                SecurityContextHolderFilter.class);
        // Vaadin exempts POST /login from CSRF tokens; this refuses sign-ins posted from other sites (login CSRF).
        http.addFilterBefore(new LoginOriginFilter(publicUrl), CsrfFilter.class);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/assets/**", "/webjars/**", "/favicon.ico").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll());
        SecurityHeaders.apply(http);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    /**
     * Argon2id at OWASP's first recommended setting, m=19 MiB t=2 p=1 (decision 008): no 72-byte limit, so
     * long passphrases keep every character. Hashes made with older settings still verify (the parameters
     * are stored in each hash) and are rehashed at the next sign-in.
     */
    static PasswordEncoder argon2id() {
        return new Argon2PasswordEncoder(16, 32, 1, ARGON2_MEMORY_KIB, 2);
    }

    static final int ARGON2_MEMORY_KIB = 19 * 1024;
    /** What one hash holds on the heap: BouncyCastle keeps each 1 KiB block as an object of 1,056 bytes. */
    static final long BYTES_PER_HASH = ARGON2_MEMORY_KIB * 1056L;

    /** Only so many hashes at once (the rest queue), so a room signing in together cannot exhaust the heap. */
    @Bean
    PasswordEncoder passwordEncoder(LoginSettings settings) {
        Runtime runtime = Runtime.getRuntime();
        int permits = settings.hashingPermits(runtime.availableProcessors(), runtime.maxMemory(), BYTES_PER_HASH);
        log.info("Password hashing: Argon2id m=19 MiB t=2 p=1, at most {} at once", permits);
        return new BoundedPasswordEncoder(argon2id(), permits);
    }
}
