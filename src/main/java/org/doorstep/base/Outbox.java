package org.doorstep.base;

/**
 * Sends mail through the transactional outbox: {@link #queue} writes the mail in the caller's transaction,
 * so it goes out only if the change that caused it commits, and a worker delivers it over SMTP later
 * (retrying while the server is away). No user action waits for or fails on the mail server.
 */
public interface Outbox {

    /** Queues the mail, rendered now in its language, inside the caller's transaction. */
    void queue(Mail mail);

    /**
     * Whether mail can reach people: an SMTP server is configured (SPRING_MAIL_HOST; the embedded mode has its
     * own). Without one, mail stays queued and a one-time link must reach its person another way.
     */
    boolean deliveryConfigured();
}
