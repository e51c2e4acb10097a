package org.doorstep.security;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.doorstep.TestSignIn;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Many trainee accounts at once, all with the tests' password and one hash made once (a hash per account would cost seconds). */
final class TestAccounts {

    private static volatile String hash;

    private TestAccounts() {
    }

    static List<String> create(ApplicationContext context, String prefix, int count) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        if (hash == null) {
            hash = context.getBean(PasswordEncoder.class).encode(TestSignIn.PASSWORD);
        }
        long organisation = jdbc.queryForObject("select id from organisation order by id limit 1", Long.class);
        String batch = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
        List<String> usernames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String username = batch + "-" + i;
            long id = jdbc.queryForObject("insert into app_user (username, display_name, password_hash, organisation_id) "
                    + "values (?, ?, ?, ?) returning id", Long.class, username, "Person " + i, hash, organisation);
            jdbc.update("insert into user_role (user_id, role) values (?, 'TRAINEE')", id);
            usernames.add(username);
        }
        return usernames;
    }

    static String create(ApplicationContext context, String prefix) {
        return create(context, prefix, 1).getFirst();
    }
}
