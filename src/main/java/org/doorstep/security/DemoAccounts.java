package org.doorstep.security;

import java.util.List;
import org.doorstep.security.internal.DatabaseUserDetailsService;
import org.doorstep.security.internal.DemoPeopleNames;
import org.doorstep.security.internal.UserAccountRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;

/** What the login page may reveal of the demo, and the demo's invented people: only in the embedded mode that creates it. */
@Service
@PreAuthorize("permitAll()") // shown on the login page, before anyone signs in
public class DemoAccounts {

    public static final String PASSWORD = "doorstep-demo";
    public static final String JOIN_CODE = "CUPPA742";
    public static final List<String> USERNAMES = List.of("trainee", "trainer", "manager", "admin");

    private final boolean enabled;
    private final List<String> people;
    private final UserAccountRepository accounts;
    private final ObjectProvider<SecurityContextHolderStrategy> strategy;

    DemoAccounts(@Value("${doorstep.demo-data}") boolean enabled, @Value("${doorstep.demo-people:0}") int people,
            UserAccountRepository accounts, ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.enabled = enabled;
        this.people = enabled ? DemoPeopleNames.usernames(people) : List.of();
        this.accounts = accounts;
        this.strategy = strategy;
    }

    public boolean enabled() {
        return enabled;
    }

    /** The usernames of the demo cohort's invented trainees (none unless the demo asks for them). */
    public List<String> people() {
        return people;
    }

    /**
     * Does something as one of the demo's invented people would, signed in as them for this thread only, so the
     * demo is built through the same guarded services a person uses; the demo trainer too, who runs their workshop.
     * Refuses anyone else, and everyone when the demo has no invented people.
     */
    public void actAs(String username, Runnable work) {
        boolean demoAccount = !people.isEmpty() && USERNAMES.contains(username);
        if (!people.contains(username) && !demoAccount) {
            throw new IllegalArgumentException(username + " is not one of the demo's invented people");
        }
        var person = new DatabaseUserDetailsService(accounts).loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
        SecurityContextHolderStrategy holder = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        SecurityContext before = holder.getContext();
        holder.setContext(context);
        try {
            work.run();
        } finally {
            holder.setContext(before);
        }
    }
}
