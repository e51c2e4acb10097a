package org.doorstep.workshop;

/** A live screen's hold on a session's events; closing it lets the instance forget the screen. */
public interface Subscription extends AutoCloseable {

    @Override
    void close();
}
