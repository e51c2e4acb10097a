package org.doorstep.workshop.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.doorstep.base.Refusal;
import org.doorstep.base.Roles;
import org.doorstep.base.ui.Figure;
import org.doorstep.base.ui.FigureTiles;
import org.doorstep.base.ui.Refusals;
import org.doorstep.workshop.PollResult;
import org.doorstep.workshop.SessionSummary;
import org.doorstep.workshop.SessionTimes;
import org.doorstep.workshop.WorkshopService;
import org.doorstep.workshop.WorkshopStep;
import org.springframework.security.access.AccessDeniedException;

/** What a session left: who came and how the room answered each poll, for the trainer to look back on. */
@Route("workshop/:code/summary")
@RolesAllowed(Roles.TRAINER)
public class SummaryView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final WorkshopService workshops;

    public SummaryView(WorkshopService workshops) {
        this.workshops = workshops;
        addClassName("summary-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(workshops.summary(event.getRouteParameters().get("code").orElse("")));
        } catch (Refusal | AccessDeniedException notHere) {
            Notification.show(notHere instanceof Refusal unknown ? Refusals.message(unknown)
                    : getTranslation("workshop.not-yours"));
            event.forwardTo(WorkshopsView.class);
        }
    }

    private void show(SessionSummary summary) {
        removeAll();
        add(new RouterLink(getTranslation("workshop.present.back"), WorkshopsView.class),
                new H2(getTranslation("workshop.summary.heading", summary.session().lessonTitle())),
                new Paragraph(getTranslation("workshop.summary.when", summary.session().cohortName(),
                        summary.session().startsAtText(),
                        summary.endedAt() == null ? getTranslation("workshop.summary.not-ended")
                                : SessionTimes.onScreen(summary.endedAt(), summary.session().timeZone()))),
                figures(summary),
                new H3(getTranslation("workshop.summary.attendance", summary.attendees().size())),
                new Paragraph(summary.attendees().isEmpty() ? getTranslation("workshop.summary.nobody")
                        : String.join(", ", summary.attendees())));
        // Polls the room never reached would only lengthen the page: they are counted, not shown.
        long unanswered = summary.results().stream().filter(result -> result.answered() == 0).count();
        if (unanswered > 0) {
            add(new Paragraph(getTranslation("workshop.summary.unanswered", unanswered)));
        }
        for (PollResult result : summary.answered()) {
            WorkshopStep step = summary.steps().get(result.step());
            Div section = new Div(new H3(step.title()), new Paragraph(step.text()));
            section.addClassName("summary-step");
            if (step.kind() == WorkshopStep.Kind.POLL) {
                section.add(new PollBars(step, result, true));
            } else {
                section.add(new Paragraph(getTranslation("workshop.poll.answered", result.answered())),
                        new WordCloud(result.visibleTexts()), new WrittenList(result.visibleTexts(), null));
            }
            add(section);
        }
    }

    /** The session at a glance: who came, how much of it the room answered, and how often rightly. */
    private FigureTiles figures(SessionSummary summary) {
        SessionSummary.Judged judged = summary.judged();
        FigureTiles tiles = new FigureTiles();
        tiles.addClassName("summary-figures");
        tiles.show(List.of(
                Figure.headline(getTranslation("workshop.summary.figure.attendance"),
                        String.valueOf(summary.attendees().size()), getTranslation("workshop.summary.figure.attendance.detail")),
                Figure.of(getTranslation("workshop.summary.figure.questions"), String.valueOf(summary.answered().size()),
                        getTranslation("workshop.summary.figure.questions.detail", summary.results().size())),
                Figure.of(getTranslation("workshop.summary.figure.answers"), String.valueOf(summary.answers()),
                        getTranslation("workshop.summary.figure.answers.detail")),
                Figure.of(getTranslation("workshop.summary.figure.right"),
                        judged.of() == 0 ? getTranslation("workshop.summary.figure.none")
                                : Math.round(100.0 * judged.right() / judged.of()) + "%",
                        getTranslation("workshop.summary.figure.right.detail", judged.of()))));
        return tiles;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshop.summary.title");
    }
}
