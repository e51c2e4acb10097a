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

    long id();

    String getUsername();

    String displayName();
}
