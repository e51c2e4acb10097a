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

    /** A new trainee of the demo cohort ({@link TestData#demoTrainee}), signed in on this thread; returns their account's id. */
    public static long asNewTrainee(ApplicationContext context, String prefix, String displayName) {
        TestData.Account trainee = TestData.in(context).demoTrainee(prefix, displayName);
        as(context, trainee.username());
        return trainee.id();
    }

    /** The password of every account tests make. */
    public static final String PASSWORD = "a kettle, a doorbell and a cup";

    public static void out(ApplicationContext context) {
        SecurityContextHolder.clearContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(SecurityContextHolderStrategy::clearContext);
    }
}
