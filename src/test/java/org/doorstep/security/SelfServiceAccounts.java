package org.doorstep.security;

import org.doorstep.TestData;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Trainees registered as people register (with an address), for the self-service tests. */
public final class SelfServiceAccounts {

    public record Person(long id, String username, String email) {
    }

    private SelfServiceAccounts() {
    }

    /** Registered with the address {@code <username>@example.com}, which waits for its link. */
    public static Person registered(ApplicationContext context, String prefix) {
        TestData.Account trainee = TestData.in(context).demoTrainee(prefix, "Vera Verified");
        return new Person(trainee.id(), trainee.username(), trainee.username() + "@example.com");
    }

    /** Registered and the link in the verification mail followed. */
    public static Person verified(ApplicationContext context, String prefix) {
        Person person = registered(context, prefix);
        String token = QueuedMail.of(context.getBean(JdbcTemplate.class), person.id(), "verify-email").getLast().token();
        if (!context.getBean(EmailVerification.class).verify(token).verified()) {
            throw new IllegalStateException("the verification link did not work");
        }
        return person;
    }
}
