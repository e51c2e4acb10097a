package org.doorstep.exercise.internal;

/**
 * What an uploaded export yields.
 *
 * @param messaged    {@link MessagedContacts#NONE} when the upload was a lone CSV or the zip held no messages.csv
 * @param invitations {@link Invitations#NONE} when the upload was a lone CSV or the zip held no readable Invitations.csv
 */
public record ExportContents(ConnectionsFile connections, MessagedContacts messaged, Invitations invitations) {
}
