package org.doorstep.security.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

@Entity
public class Cohort {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long organisationId;

    private String name;

    private String joinCode;

    private @Nullable Long trainerId; // null: no trainer yet

    // Set by the database at insert: null only on a cohort just saved, before it is read back.
    @Column(insertable = false, updatable = false)
    private @Nullable Instant joinCodeExpiresAt;

    @Column(insertable = false, updatable = false)
    private boolean openToAll;

    protected Cohort() {
    }

    public Cohort(Long organisationId, String name, String joinCode, @Nullable Long trainerId) {
        this.organisationId = organisationId;
        this.name = name;
        this.joinCode = joinCode;
        this.trainerId = trainerId;
    }

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getName() {
        return name;
    }

    public String getJoinCode() {
        return joinCode;
    }

    /** The code lets nobody in from this moment on (set in SQL: at creation, by the database's default). */
    public Instant getJoinCodeExpiresAt() {
        return Objects.requireNonNull(joinCodeExpiresAt, "set by the database: read the cohort back after saving it");
    }

    /** Whether people of any organisation may join, not only the cohort's own. */
    public boolean isOpenToAll() {
        return openToAll;
    }
}
