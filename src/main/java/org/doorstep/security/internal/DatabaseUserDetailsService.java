package org.doorstep.security.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.doorstep.base.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Reads accounts for the sign-in provider; not a bean, so Spring wires no second sign-in path. */
public class DatabaseUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final UserAccountRepository accounts;

    public DatabaseUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(username.trim().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return new DoorstepUser(account, authorities(account.getRoles()));
    }

    /** ROLE_ authorities for the roles, and the content-editor permission for those granted it and administrators. */
    static List<GrantedAuthority> authorities(Set<String> stored) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        stored.stream().filter(Roles.ALL::contains).sorted()
                .forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        if (stored.contains(Roles.CONTENT_EDITOR) || stored.contains(Roles.ADMIN)) {
            authorities.add(new SimpleGrantedAuthority(Roles.CONTENT_EDITOR));
        }
        return authorities;
    }

    /**
     * Stores a rehash of the password just checked (same password, today's Argon2 settings). Only if the hash
     * is still the one checked, so a password changed meanwhile is never overwritten; sessions go on.
     */
    @Override
    public UserDetails updatePassword(UserDetails user, @Nullable String newPassword) {
        String checked = user.getPassword();
        if (checked == null || newPassword == null) {
            // Spring Security calls this right after the check, with the hash it checked and the password's rehash.
            throw new IllegalStateException("A rehash needs the hash just checked and the new one");
        }
        accounts.replacePasswordHash(user.getUsername(), checked, newPassword);
        return loadUserByUsername(user.getUsername());
    }
}
