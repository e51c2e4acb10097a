package org.doorstep.base;

/** What the shell needs to know of whoever is signed in; the security feature supplies it. */
public interface SignedInUser {

    long id();

    String getUsername();

    String displayName();
}
