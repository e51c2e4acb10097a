package org.doorstep.exercise.internal;

/**
 * What an uploaded export yields.
 *
 * @param messaged {@link MessagedContacts#NONE} when the upload was a lone CSV or the zip held no messages.csv
 */
public record ExportContents(ConnectionsFile connections, MessagedContacts messaged) {
}
