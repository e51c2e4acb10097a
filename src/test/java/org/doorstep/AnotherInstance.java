package org.doorstep;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Another Doorstep started inside the test JVM, beside the test's own context. Two things in a JVM are global and
 * a starting application takes them over: Spring Security's context holder (put back after start and stop) and
 * the logging system. Logging is left as the test context set it up: re-initialising it from two instances
 * starting at once races ("Unable to find Spring Environment in logger context"), and an instance that closes
 * would tear down the logging everyone else writes to.
 */
public final class AnotherInstance {

    private AnotherInstance() {
    }

    /** Starts it with these command-line arguments (they win over every properties file) and profiles. */
    public static ConfigurableApplicationContext start(List<String> profiles, String... arguments) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(DoorstepApplication.class)
                .profiles(profiles.toArray(String[]::new));
        List<ApplicationListener<?>> listeners = builder.application().getListeners().stream()
                .filter(listener -> !(listener instanceof LoggingApplicationListener)).toList();
        builder.application().setListeners(listeners);
        SecurityContextHolderStrategy callers = SecurityContextHolder.getContextHolderStrategy();
        // A Doorstep context of the test's own set a Vaadin-aware holder: it gets it back. Without one (the instance is
        // the first Doorstep in this JVM, as when its test runs first in a fresh fork) the instance keeps its own, or
        // its views would find nobody signed in (no theme switch, no sign-out).
        boolean callersAreADoorstep = callers instanceof VaadinAwareSecurityContextHolderStrategy;
        try {
            return builder.run(arguments);
        } finally {
            if (callersAreADoorstep) {
                SecurityContextHolder.setContextHolderStrategy(callers);
            }
        }
    }

    /** Starts it with the test profile. */
    public static ConfigurableApplicationContext start(String... arguments) {
        return start(List.of("test"), arguments);
    }

    public static void stop(ConfigurableApplicationContext instance) {
        SecurityContextHolderStrategy callers = SecurityContextHolder.getContextHolderStrategy();
        try {
            instance.close();
        } finally {
            SecurityContextHolder.setContextHolderStrategy(callers);
        }
    }
}
