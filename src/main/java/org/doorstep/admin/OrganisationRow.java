package org.doorstep.admin;

/** An organisation with how many teams and accounts it has. */
public record OrganisationRow(long id, String name, int teams, int users) {
}
