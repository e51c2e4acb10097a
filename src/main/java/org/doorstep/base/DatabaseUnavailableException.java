package org.doorstep.base;

import org.springframework.dao.DataAccessResourceFailureException;

/** Refused without trying: PostgreSQL is known to be away (see {@link DatabaseAvailability}). */
public class DatabaseUnavailableException extends DataAccessResourceFailureException {

    public DatabaseUnavailableException(String message) {
        super(message);
    }
}
