package org.doorstep.security;

import java.util.UUID;
import org.doorstep.TestSignIn;
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
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@example.com";
        context.getBean(AccountService.class).registerTrainee(
                new TraineeSignUp("Vera Verified", username, TestSignIn.PASSWORD, DemoAccounts.JOIN_CODE, email));
        long id = context.getBean(JdbcTemplate.class).queryForObject("select id from app_user where username = ?", Long.class, username);
        return new Person(id, username, email);
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
