package org.doorstep.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.doorstep.base.Formats;
import org.doorstep.course.CourseAuthoringService;
import org.doorstep.course.ReviewRequest;

/** For content editors: the drafts of the course trainers asked them to review; each opens its lesson in the editor. */
class ReviewRequests extends Div {

    final UnorderedList requests = new UnorderedList();
    private final CourseAuthoringService authoring;
    private final Formats formats;
    private final Consumer<String> open;
    private final Supplier<String> course;

    ReviewRequests(CourseAuthoringService authoring, Formats formats, Supplier<String> course, Consumer<String> open) {
        this.authoring = authoring;
        this.course = course;
        this.formats = formats;
        this.open = open;
        addClassName("review-requests");
        requests.addClassName("review-request-list");
        add(new H3(getTranslation("authoring.review.title")), requests);
    }

    void refresh() {
        requests.removeAll();
        List<ReviewRequest> waiting = authoring.mayPublish() ? authoring.reviewRequests(course.get()) : List.of();
        setVisible(!waiting.isEmpty());
        for (ReviewRequest request : waiting) {
            Button lesson = new Button(getTranslation("authoring.review.item", request.lessonTitle(),
                    request.askedBy() == null ? getTranslation("authoring.review.someone") : request.askedBy(),
                    formats.moment(request.askedAt())), click -> open.accept(request.lessonSlug()));
            lesson.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            lesson.addClassName("review-request");
            requests.add(new ListItem(lesson));
        }
    }
}
