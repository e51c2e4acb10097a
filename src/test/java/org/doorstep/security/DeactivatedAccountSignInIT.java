package org.doorstep.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.doorstep.TestData;
import org.doorstep.TestData.Account;
import org.doorstep.TestSignIn;
import org.doorstep.base.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.ActiveProfiles;

/** Sign-in refuses a deactivated account, and says it is deactivated only to someone who knows its password. */
@SpringBootTest
@ActiveProfiles("test")
class DeactivatedAccountSignInIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    AuthenticationProvider signIn;

    private Account person;

    @BeforeEach
    void aDeactivatedAccount() {
        person = TestData.in(context).account("off", "Otto Off", Roles.TRAINEE);
        context.getBean(JdbcTemplate.class).update("update app_user set enabled = false where id = ?", person.id());
    }

    @Test
    void the_right_password_is_refused_as_a_deactivated_account() {
        assertThatThrownBy(() -> signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(person.username(), TestSignIn.PASSWORD)))
                .isInstanceOf(DisabledException.class);
    }

    @Test
    void a_wrong_password_reads_as_any_wrong_password() {
        assertThatThrownBy(() -> signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(person.username(), "guessing at random")))
                .isInstanceOf(BadCredentialsException.class);
    }
}
