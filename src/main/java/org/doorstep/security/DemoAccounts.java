package org.doorstep.security;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** What the login page may reveal of the demo: only in the embedded mode that creates it. */
@Service
@PreAuthorize("permitAll()") // shown on the login page, before anyone signs in
public class DemoAccounts {

    public static final String PASSWORD = "doorstep-demo";
    public static final String JOIN_CODE = "CUPPA742";
    public static final List<String> USERNAMES = List.of("trainee", "trainer", "manager", "admin");

    private final boolean enabled;

    DemoAccounts(@Value("${doorstep.demo-data}") boolean enabled) {
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }
}
