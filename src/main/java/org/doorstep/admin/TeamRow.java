package org.doorstep.admin;

/** A team of an organisation with how many people are in it and manage it. */
public record TeamRow(long id, long organisationId, String organisation, String name, int members, int managers) {
}
