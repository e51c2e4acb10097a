package org.doorstep.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What the self-service tests share (one Spring context for all of them): a clock they move, and the server's
 * HTTP sessions, so a test can act inside a session it signed in over HTTP.
 */
@TestConfiguration
public class SelfServiceTestConfiguration {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }

    @Bean
    ServerSessions serverSessions() {
        return new ServerSessions();
    }

    /** Real time until a test moves it. */
    public static final class TestClock extends Clock {
        private volatile Instant now = Instant.now();

        public void reset() {
            now = Instant.now();
        }

        public void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /** Every session the embedded server created; found by its current id (sign-in changes it). */
    public static final class ServerSessions implements HttpSessionListener {
        private final List<HttpSession> sessions = new CopyOnWriteArrayList<>();

        @Override
        public void sessionCreated(HttpSessionEvent event) {
            sessions.add(event.getSession());
        }

        @Override
        public void sessionDestroyed(HttpSessionEvent event) {
            sessions.remove(event.getSession());
        }

        public HttpSession withId(String id) {
            return sessions.stream().filter(session -> {
                try {
                    return session.getId().equals(id);
                } catch (IllegalStateException invalidated) {
                    return false;
                }
            }).findFirst().orElseThrow();
        }
    }
}
