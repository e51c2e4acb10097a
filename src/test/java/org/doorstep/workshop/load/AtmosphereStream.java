package org.doorstep.workshop.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the text arriving on Vaadin's push websocket into whole messages, as atmosphere.js does.
 *
 * <p>Vaadin opens the socket with {@code X-Atmosphere-TrackMessageSize=true}, so the server writes every message as
 * {@code <length>|<message>} (length in UTF-16 chars, as Java's String.length). One websocket frame may carry several
 * messages or part of one, so text is buffered until a message is whole. With {@code X-atmo-protocol=true} the first
 * message is Atmosphere's handshake, {@code <tracking uuid>|<heartbeat ms>|<padding>|}: Vaadin answers a heartbeat
 * interval of 0, so the client never has to send heartbeats on the socket; a message that is only the padding
 * (normally "X") is a server heartbeat and carries nothing. Everything else is one Vaadin UIDL message (JSON).
 *
 * <p>Not thread-safe: the websocket delivers text to one listener call at a time.
 */
final class AtmosphereStream {

    private static final char DELIMITER = '|';

    private final StringBuilder buffer = new StringBuilder();
    private String trackingId;
    private int heartbeatMillis;
    private String padding = "X";

    /** Adds text from the socket; answers the Vaadin messages it completed, in order (handshake and heartbeats left out). */
    List<String> accept(CharSequence text) {
        buffer.append(text);
        List<String> messages = new ArrayList<>();
        while (true) {
            int bar = buffer.indexOf(String.valueOf(DELIMITER));
            if (bar < 0) {
                break;
            }
            int length = parseLength(buffer.substring(0, bar));
            if (buffer.length() < bar + 1 + length) {
                break; // the rest of this message comes in a later frame
            }
            String message = buffer.substring(bar + 1, bar + 1 + length);
            buffer.delete(0, bar + 1 + length);
            if (trackingId == null) {
                readHandshake(message);
            } else if (!message.isBlank() && !message.equals(padding)) {
                messages.add(message);
            }
        }
        return messages;
    }

    /** Atmosphere's id for this connection, once the handshake arrived (null before). */
    String trackingId() {
        return trackingId;
    }

    /** How often the server wants a heartbeat from the client on the socket; 0 means never (Vaadin's setting). */
    int heartbeatMillis() {
        return heartbeatMillis;
    }

    private void readHandshake(String message) {
        String[] parts = message.split("\\|", -1);
        if (parts.length < 3) {
            throw new IllegalStateException("Not an Atmosphere handshake: " + message);
        }
        trackingId = parts[0].strip();
        heartbeatMillis = Integer.parseInt(parts[1].strip());
        padding = parts[2];
    }

    private static int parseLength(String digits) {
        try {
            return Integer.parseInt(digits.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Push message without a length prefix: " + digits, e);
        }
    }
}
