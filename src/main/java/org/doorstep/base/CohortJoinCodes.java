package org.doorstep.base;

import java.util.Optional;

/**
 * Codes of other features that also let a new trainee register into a cohort: a workshop session's code
 * puts the person in the session's cohort. Features supply beans; registration asks them in turn.
 */
public interface CohortJoinCodes {

    /** The cohort the (normalised) code leads into, if it is one of this feature's live codes. */
    Optional<Long> cohortOf(String code);
}
