package org.doorstep.security.internal;

import java.util.Collection;
import org.doorstep.base.SignedInUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The principal kept in the session: Spring's user plus the name the shell greets. */
public class DoorstepUser extends User implements SignedInUser {

    private final long id;
    private final String displayName;
    private final int sessionVersion;

    public DoorstepUser(UserAccount account, Collection<? extends GrantedAuthority> authorities) {
        super(account.getUsername(), account.getPasswordHash(), account.isEnabled(), true, true, true, authorities);
        this.id = account.getId();
        this.displayName = account.getDisplayName();
        this.sessionVersion = account.getSessionVersion();
    }

    private DoorstepUser(DoorstepUser signedIn, int sessionVersion) {
        // The password hash is not kept: sign-in erased it, and the session needs none.
        super(signedIn.getUsername(), "", signedIn.isEnabled(), true, true, true, signedIn.getAuthorities());
        this.id = signedIn.id;
        this.displayName = signedIn.displayName;
        this.sessionVersion = sessionVersion;
    }

    /** The same person, for a session that should outlive a raise of the version it made itself. */
    public DoorstepUser withSessionVersion(int version) {
        return new DoorstepUser(this, version);
    }

    /** The account's session version at sign-in; the session ends when the stored one moves on. */
    public int sessionVersion() {
        return sessionVersion;
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
