package org.doorstep.base;

import java.util.Objects;

/** What the shell needs to know of whoever is signed in; the security feature supplies it. */
public interface SignedInUser {

    /** Whoever this request or UI session is signed in as; services are guarded, so someone always is. */
    static SignedInUser current() {
        var who = Objects.requireNonNull(
                org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication(),
                "nobody is signed in: a service that calls this must be guarded");
        return (SignedInUser) Objects.requireNonNull(who.getPrincipal());
    }

    /** The signed-in user's id: every service works on the caller's own rows by it. */
    static long currentId() {
        return current().id();
    }

    /** Whether whoever is signed in has this role (one of {@link Roles}); false for nobody signed in. */
    static boolean hasRole(String role) {
        var who = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return who != null && who.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority()));
    }

    long id();

    String getUsername();

    String displayName();
}
