package org.doorstep.workshop;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.doorstep.base.HomeNotices;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Tells a trainee on the home view of their cohorts' sessions, with the way in: one live now, or one planned
 * (a newcomer who registered with a session's code finds it here after signing in).
 */
@Component
class WorkshopHomeNotices implements HomeNotices {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.systemDefault());

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
        return rooms.openSessions().stream()
                .map(session -> session.state() == SessionState.LIVE
                        ? new Notice("home.notice.workshop-live", List.of(session.lessonTitle()),
                                "workshop/join?code=" + session.code())
                        : new Notice("home.notice.workshop-planned", List.of(session.lessonTitle(),
                                WHEN.format(session.startsAt())), "workshop/join?code=" + session.code()))
                .toList();
    }
}
