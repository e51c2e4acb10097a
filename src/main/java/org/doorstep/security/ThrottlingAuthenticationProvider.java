package org.doorstep.security;

import java.util.Locale;
import org.doorstep.base.SignedInUser;
import org.doorstep.security.internal.DatabaseUserDetailsService;
import org.doorstep.security.internal.UserAccountRepository;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Checks the password with Spring's provider, but only once the throttle has let the attempt through and counted it. */
@Component
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottlingAuthenticationProvider(UserAccountRepository accounts, PasswordEncoder encoder, LoginThrottle throttle) {
        DatabaseUserDetailsService users = new DatabaseUserDetailsService(accounts);
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        // A hash made with weaker settings than today's is replaced at sign-in, while the password is at hand.
        this.passwords.setUserDetailsPasswordService(users);
        // A deactivated account is named only to someone who knows its password; a wrong one reads as any other.
        this.passwords.setPreAuthenticationChecks(user -> { });
        this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = String.valueOf(authentication.getName()).trim().toLowerCase(Locale.ROOT);
        String client = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? String.valueOf(details.getRemoteAddress()) : "unknown";
        LoginThrottle.Attempt attempt = throttle.begin(username, client);
        try {
            Authentication result = passwords.authenticate(authentication);
            Long id = result.getPrincipal() instanceof SignedInUser user ? user.id() : null;
            throttle.passwordAccepted(attempt, id, true);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(attempt);
            throw e;
        } catch (AccountStatusException e) {
            throttle.passwordAccepted(attempt, null, false); // checked after the password: it was right
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
