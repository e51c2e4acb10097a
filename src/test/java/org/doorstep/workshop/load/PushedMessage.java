package org.doorstep.workshop.load;

import tools.jackson.databind.json.JsonMapper;

/**
 * One UIDL message the server pushed over the websocket, with the {@link System#nanoTime()} its last part arrived.
 *
 * @param json the message as the server wrote it (a JSON object with syncId, changes, execute, …)
 * @param arrivedNanos when the client had it whole, for latency figures
 */
public record PushedMessage(String json, long arrivedNanos) {

    /**
     * Whether the message carries this text as (part of) a JSON string, e.g. a text node or property the server set.
     * The needle is JSON-escaped first, so quotes and backslashes in it match the way the server writes them.
     */
    public boolean contains(String text) {
        String escaped = JsonMapper.shared().writeValueAsString(text);
        return json.contains(escaped.substring(1, escaped.length() - 1));
    }

    /** The server's sync id of this message (-1 when it carries none, e.g. a session-expired notice). */
    public int syncId() {
        return JsonMapper.shared().readTree(json).path("syncId").asInt(-1);
    }
}
