package org.doorstep.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import java.util.Optional;
import org.doorstep.base.ui.MarkdownText;
import org.doorstep.course.Step;
import org.doorstep.exercise.NetworkGlance;
import org.jspecify.annotations.Nullable;

/**
 * A link step to the trainee's own week with the most new connections ("Your biggest week: 11 Mar 2019, 41 new
 * connections — see them"), opening the triage filtered to that week; without a network, the step's own label leads
 * to the import. In an author's preview or for a trainer, a note says what a trainee sees instead.
 */
class BiggestWeekLink extends Div {

    static final String IMPORT_ROUTE = "exercise/import";
    static final String TRIAGE_ROUTE = "exercise";

    /** The link to the figures; null in a preview or for a trainer, who have no own network. */
    final @Nullable Button open;

    BiggestWeekLink(Step.Link link, @Nullable OwnNetwork ownNetwork) {
        addClassNames("link-step", "biggest-week-step");
        if (link.markdown() != null) {
            add(new MarkdownText(link.markdown()));
        }
        if (ownNetwork == null) {
            open = null;
            Paragraph note = new Paragraph(getTranslation("course.biggest-week.preview"));
            note.addClassName("biggest-week-preview");
            add(note);
            return;
        }
        Optional<NetworkGlance.Week> week = ownNetwork.biggestWeek().get();
        if (week.isPresent()) {
            NetworkGlance.Week found = week.get();
            open = new Button(getTranslation("course.biggest-week", ownNetwork.formats().day(found.monday()),
                    found.connections()), VaadinIcon.ARROW_FORWARD.create(), click -> getUI().ifPresent(ui ->
                    ui.navigate(TRIAGE_ROUTE, QueryParameters.of("week", found.monday().toString()))));
        } else {
            open = new Button(link.label(), VaadinIcon.UPLOAD.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(IMPORT_ROUTE)));
        }
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClassName("biggest-week-link");
        open.setIconAfterText(true);
        add(open);
    }
}
