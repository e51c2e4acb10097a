package org.doorstep.base.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class UserPreference {

    @Id
    private String username;

    private String colorScheme;

    protected UserPreference() {
    }

    public UserPreference(String username, String colorScheme) {
        this.username = username;
        this.colorScheme = colorScheme;
    }

    public String getColorScheme() {
        return colorScheme;
    }

    public void setColorScheme(String colorScheme) {
        this.colorScheme = colorScheme;
    }
}
