package org.doorstep.workshop;

import java.util.List;
import org.doorstep.base.HomeNotices;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Tells a trainee on the home view that a session of their cohort is live now, with the way in. */
@Component
class WorkshopHomeNotices implements HomeNotices {

    private final RoomService rooms;

    WorkshopHomeNotices(RoomService rooms) {
        this.rooms = rooms;
    }

    @Override
    public List<Notice> forCurrentUser() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null || who.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals("ROLE_TRAINEE"))) {
            return List.of();
        }
        return rooms.openSessions().stream().filter(session -> session.state() == SessionState.LIVE)
                .map(session -> new Notice("home.notice.workshop-live", List.of(session.lessonTitle()),
                        "workshop/join?code=" + session.code()))
                .toList();
    }
}
