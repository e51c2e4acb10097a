package org.doorstep.security.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class Cohort {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long organisationId;

    private String name;

    private String joinCode;

    private Long trainerId;

    protected Cohort() {
    }

    public Cohort(Long organisationId, String name, String joinCode, Long trainerId) {
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
}
