package org.doorstep.course;

import java.util.List;
import org.doorstep.base.HomeNotices;
import org.doorstep.base.Roles;
import org.doorstep.base.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Lists a trainee's courses on the home view, each with its progress and the way to its map, when their cohorts
 * take more than one (with one course, the course card of the menu is the way in, as before).
 */
@Component
class CourseHomeNotices implements HomeNotices {

    private final CourseService course;

    CourseHomeNotices(CourseService course) {
        this.course = course;
    }

    @Override
    public List<Notice> forCurrentUser() {
        if (!SignedInUser.hasRole(Roles.TRAINEE)) {
            return List.of();
        }
        List<MyCourse> mine = course.myCourses();
        // The shipped course alone needs no notice: the Course card leads to it. Any other course is named.
        if (mine.isEmpty() || mine.size() == 1 && mine.getFirst().slug().equals(CourseService.COURSE)) {
            return List.of();
        }
        return mine.stream().map(taken -> new Notice("home.notice.course", List.of(taken.title(),
                taken.lessonsCompleted(), taken.lessonsTotal()), CoursePaths.map(taken.slug()))).toList();
    }
}
