package org.doorstep.base;

import java.util.List;

/**
 * Something a feature wants the signed-in person to see first on the home view (an overdue
 * follow-up, say). Features supply beans; the home view shows what they return.
 */
public interface HomeNotices {

    /** A translation key with its arguments, and the path the notice links to. */
    record Notice(String messageKey, List<Object> arguments, String path) {
    }

    List<Notice> forCurrentUser();
}
