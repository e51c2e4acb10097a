package org.doorstep.workshop.internal;

import java.util.Optional;
import org.doorstep.base.CohortJoinCodes;
import org.springframework.stereotype.Component;

/** A session's code, while the session is not over (ended or cancelled), registers a newcomer into the session's cohort. */
@Component
class SessionJoinCodes implements CohortJoinCodes {

    private final WorkshopStore store;

    SessionJoinCodes(WorkshopStore store) {
        this.store = store;
    }

    @Override
    public Optional<Long> cohortOf(String code) {
        return store.byCode(code).filter(session -> !session.state().over()).map(SessionRow::cohortId);
    }
}
