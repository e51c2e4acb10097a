package org.doorstep.exercise.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.doorstep.base.Formats;
import org.doorstep.exercise.ConnectionEvidence;
import org.doorstep.exercise.ConnectionRow;

/** The export's evidence about a connection in words: the one-line reason for "likely strangers first", and the detail's lines. */
final class EvidenceWords {

    private final Component words;
    private final Formats formats;

    /** {@code words}: any component, for its translations. */
    EvidenceWords(Component words, Formats formats) {
        this.words = words;
        this.formats = formats;
    }

    /**
     * Why the row sits where it does in "likely strangers first": "Connected in the week of 11 Mar 2019, with 71
     * others; never messaged". Empty when the export gives no sign of a stranger.
     */
    String reason(ConnectionRow row) {
        ConnectionEvidence evidence = row.evidence();
        List<String> parts = new ArrayList<>();
        if (evidence.inBurstWeek() && row.connectedOn() != null) {
            parts.add(words.getTranslation("exercise.reason.burst", formats.day(ConnectionEvidence.weekOf(row.connectedOn())),
                    Math.max(0, Objects.requireNonNull(evidence.burstWeekCount(), "in a burst week") - 1)));
        }
        if (evidence.neverMessaged()) {
            parts.add(words.getTranslation("exercise.reason.never-messaged"));
        }
        if (evidence.invitedYouWithoutNote()) {
            parts.add(words.getTranslation("exercise.reason.invited-without-note"));
        }
        if (row.noCompanyOrPosition()) {
            parts.add(words.getTranslation("exercise.reason.no-company"));
        }
        String reason = String.join("; ", parts);
        return reason.isEmpty() ? reason : reason.substring(0, 1).toUpperCase(formats.locale()) + reason.substring(1);
    }

    /** Everything the export says, one line each: messages, invitation, burst week, and a missing company. */
    List<String> lines(ConnectionRow row) {
        ConnectionEvidence evidence = row.evidence();
        List<String> lines = new ArrayList<>();
        lines.add(words.getTranslation("exercise.evidence.messages", evidence.messageCount()));
        if (evidence.invitedByThem() == null) {
            lines.add(words.getTranslation("exercise.evidence.no-invitation"));
        } else {
            String who = evidence.invitedByThem() ? "they-invited" : "you-invited";
            lines.add(evidence.hasNote()
                    ? words.getTranslation("exercise.evidence." + who + "-note", Objects.requireNonNull(evidence.invitationNote(), "has a note").strip())
                    : words.getTranslation("exercise.evidence." + who));
        }
        if (evidence.inBurstWeek() && row.connectedOn() != null) {
            lines.add(words.getTranslation("exercise.evidence.burst", evidence.burstWeekCount(),
                    formats.day(ConnectionEvidence.weekOf(row.connectedOn()))));
        } else {
            lines.add(words.getTranslation("exercise.evidence.no-burst"));
        }
        if (row.noCompanyOrPosition()) {
            lines.add(words.getTranslation("exercise.evidence.no-company"));
        }
        return lines;
    }
}
