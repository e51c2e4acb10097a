package org.doorstep.security.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
public class LoginFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String client;

    private Instant failedAt;

    protected LoginFailure() {
    }

    public LoginFailure(String username, String client, Instant failedAt) {
        this.username = username;
        this.client = client;
        this.failedAt = failedAt;
    }
}
