package org.doorstep.admin;

import java.util.UUID;
import org.doorstep.TestSignIn;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Accounts of their own for administration tests, in the demo organisation, with the tests' password. */
public final class Accounts {

    public record Account(long id, String username, String displayName) {
    }

    private Accounts() {
    }

    /** A fresh active account with these roles; its username starts with the prefix. */
    public static Account create(ApplicationContext context, String prefix, String displayName, String... roles) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        long organisation = jdbc.queryForObject("select id from organisation order by id limit 1", Long.class);
        long id = jdbc.queryForObject("insert into app_user (username, display_name, password_hash, organisation_id) "
                + "values (?, ?, ?, ?) returning id", Long.class, username, displayName,
                context.getBean(PasswordEncoder.class).encode(TestSignIn.PASSWORD), organisation);
        for (String role : roles) {
            jdbc.update("insert into user_role (user_id, role) values (?, ?)", id, role);
        }
        return new Account(id, username, displayName);
    }

    public static long demoOrganisation(ApplicationContext context) {
        return context.getBean(JdbcTemplate.class).queryForObject(
                "select id from organisation where name = 'Doorstep Demo Ltd'", Long.class);
    }

    public static long id(ApplicationContext context, String username) {
        return context.getBean(JdbcTemplate.class).queryForObject("select id from app_user where username = ?", Long.class, username);
    }
}
