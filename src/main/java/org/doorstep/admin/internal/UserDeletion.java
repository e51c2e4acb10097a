package org.doorstep.admin.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What deleting an account takes with it, for the audit log. security.AccountRegistry deletes it: foreign keys
 * cascade (or clear a trainer, author or actor reference), the connection trigger removes the exercise's rows
 * (docs/decisions/004), and failed sign-ins, kept by username without a key, go with it.
 */
@Component
public class UserDeletion {

    private final JdbcClient jdbc;

    UserDeletion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How much the account holds, in words for the audit log (no content, only counts). */
    public String inventory(long userId) {
        return jdbc.sql("""
                select format('%s connections, %s learning events, %s lessons in progress, %s results entries, %s workshop answers',
                       (select count(*) from connection where user_id = :id),
                       (select count(*) from learning_event where user_id = :id),
                       (select count(*) from lesson_progress where user_id = :id),
                       (select count(*) from result_snapshot where user_id = :id),
                       (select count(*) from workshop_answer where user_id = :id))""")
                .param("id", userId).query(String.class).single();
    }
}
