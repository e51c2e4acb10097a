package org.doorstep.results;

import java.util.ArrayList;
import java.util.List;
import org.doorstep.base.HomeNotices;
import org.doorstep.base.Roles;
import org.doorstep.base.SignedInUser;
import org.doorstep.security.PersonalTime;
import org.springframework.stereotype.Component;

/** Tells a trainee on the home view when a follow-up is overdue, or that the baseline comes first. */
@Component
class ResultsHomeNotices implements HomeNotices {

    private final ResultsService results;
    private final PersonalTime time;

    ResultsHomeNotices(ResultsService results, PersonalTime time) {
        this.results = results;
        this.time = time;
    }

    @Override
    public List<Notice> forCurrentUser() {
        if (!SignedInUser.hasRole(Roles.TRAINEE)) {
            return List.of();
        }
        List<Notice> notices = new ArrayList<>();
        if (results.mySnapshots().stream().noneMatch(Snapshot::baseline)) {
            notices.add(new Notice("home.notice.baseline", List.of(), "results"));
        }
        results.followUps().stream().filter(FollowUp::overdue).findFirst().ifPresent(overdue -> notices.add(
                new Notice("home.notice.overdue", List.of(time.formats().day(overdue.due())), "results")));
        return notices;
    }
}
