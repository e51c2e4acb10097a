package org.doorstep;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** A person's own time zone, as Settings keeps it; null gives them the organisation's default again. */
public final class TestTimeZones {

    private TestTimeZones() {
    }

    public static void choose(ApplicationContext context, String username, String zone) {
        context.getBean(JdbcTemplate.class).update("update app_user set time_zone = ? where username = ?", zone, username);
    }
}
