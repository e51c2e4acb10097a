package org.doorstep;

import org.doorstep.security.internal.DatabaseUserDetailsService;
import org.doorstep.security.internal.UserAccountRepository;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Signs a stored account in for service calls made straight from a test. Each Spring context has
 * its own (Vaadin-aware) security-context strategy, and the static holder points at whichever
 * context started last; the services of this test's context read their own, so both are set.
 */
public final class TestSignIn {

    private TestSignIn() {
    }

    public static Authentication as(ApplicationContext context, String username) {
        var user = new DatabaseUserDetailsService(context.getBean(UserAccountRepository.class)).loadUserByUsername(username);
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        context.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(strategy -> strategy.getContext().setAuthentication(authentication));
        return authentication;
    }

    /** Registers a trainee of the demo cohort with a unique username, so each test starts with empty progress. */
    public static String newTrainee(ApplicationContext context, String prefix, String displayName) {
        String username = prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        context.getBean(org.doorstep.security.AccountService.class).registerTrainee(new org.doorstep.security.TraineeSignUp(
                displayName, username, PASSWORD, org.doorstep.security.DemoAccounts.JOIN_CODE, username + "@example.com"));
        return username;
    }

    /** A new trainee of the demo cohort, signed in on this thread; returns their account's id. */
    public static long asNewTrainee(ApplicationContext context, String prefix, String displayName) {
        String username = newTrainee(context, prefix, displayName);
        as(context, username);
        return context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    /** The password of trainees registered by tests. */
    public static final String PASSWORD = "a kettle, a doorbell and a cup";

    public static void out(ApplicationContext context) {
        SecurityContextHolder.clearContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(SecurityContextHolderStrategy::clearContext);
    }
}
