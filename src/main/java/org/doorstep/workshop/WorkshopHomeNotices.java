package org.doorstep.workshop;

import java.util.List;
import org.doorstep.base.HomeNotices;
import org.doorstep.base.Roles;
import org.doorstep.base.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Tells a trainee on the home view of their cohorts' sessions, with the way in: one live now, or one planned
 * (a newcomer who registered with a session's code finds it here after signing in).
 */
@Component
class WorkshopHomeNotices implements HomeNotices {

    private final RoomService rooms;

    WorkshopHomeNotices(RoomService rooms) {
        this.rooms = rooms;
    }

    @Override
    public List<Notice> forCurrentUser() {
        if (!SignedInUser.hasRole(Roles.TRAINEE)) {
            return List.of();
        }
        return rooms.openSessions().stream()
                .map(session -> session.state() == SessionState.LIVE
                        ? new Notice("home.notice.workshop-live", List.of(session.lessonTitle()),
                                "workshop/join?code=" + session.code())
                        : new Notice("home.notice.workshop-planned", List.of(session.lessonTitle(),
                                session.startsAtText()), "workshop/join?code=" + session.code()))
                .toList();
    }
}
