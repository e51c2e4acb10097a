package org.doorstep.base;

/** What the shell needs to know of whoever is signed in; the security feature supplies it. */
public interface SignedInUser {

    /** Whoever this request or UI session is signed in as; services are guarded, so someone always is. */
    static SignedInUser current() {
        return (SignedInUser) org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication().getPrincipal();
    }

    /** The signed-in user's id: every service works on the caller's own rows by it. */
    static long currentId() {
        return current().id();
    }

    /** Whether whoever is signed in has this role (one of {@link Roles}); false for nobody signed in. */
    static boolean hasRole(String role) {
        var who = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return who != null && who.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }

    long id();

    String getUsername();

    String displayName();
}
