package org.doorstep.admin.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.doorstep.base.Formats;
import org.doorstep.base.OutboxEntry;
import org.doorstep.base.OutboxLog;
import org.doorstep.base.OutboxMail;
import org.doorstep.base.Roles;
import org.doorstep.base.ui.PhoneColumns;
import org.doorstep.security.PersonalTime;
import org.jspecify.annotations.Nullable;

/** Every mail Doorstep queued, newest first, paged from the database; a row opens its plain text. */
@Route("admin/outbox")
@RolesAllowed(Roles.ADMIN)
public class OutboxView extends VerticalLayout implements HasDynamicTitle {

    final Paragraph count = new Paragraph();
    final Paragraph notConfigured = new Paragraph();
    final Paragraph intro = new Paragraph();
    final Grid<OutboxEntry> grid = new Grid<>();
    final H3 heading = new H3();
    final Paragraph status = new Paragraph();
    final Pre text = new Pre();
    final Paragraph attachments = new Paragraph();
    private final OutboxLog log;
    private final Formats formats;

    public OutboxView(OutboxLog log, PersonalTime time) {
        this.log = log;
        this.formats = time.formats();
        addClassName("admin-view");
        count.addClassName("admin-count");
        notConfigured.setText(getTranslation("admin.outbox.not-configured"));
        notConfigured.setVisible(!log.deliveryConfigured());

        grid.addColumn(m -> formats.preciseMoment(m.createdAt())).setHeader(getTranslation("admin.outbox.column.when"))
                .setFlexGrow(0).setWidth("13rem");
        Grid.Column<OutboxEntry> to = grid.addColumn(OutboxEntry::recipient).setHeader(getTranslation("admin.outbox.column.to"))
                .setFlexGrow(2);
        Grid.Column<OutboxEntry> subject = grid.addColumn(OutboxEntry::subject)
                .setHeader(getTranslation("admin.outbox.column.subject")).setFlexGrow(3);
        grid.addColumn(OutboxEntry::kind).setHeader(getTranslation("admin.outbox.column.kind")).setFlexGrow(1);
        Grid.Column<OutboxEntry> state = grid.addColumn(m -> getTranslation("admin.outbox.state." + m.state()))
                .setHeader(getTranslation("admin.outbox.column.state")).setFlexGrow(0).setWidth("7rem");
        grid.addColumn(OutboxEntry::attempts).setHeader(getTranslation("admin.outbox.column.attempts")).setFlexGrow(0).setWidth("7rem");
        grid.addColumn(m -> m.lastError() == null ? "" : m.lastError()).setHeader(getTranslation("admin.outbox.column.error"))
                .setFlexGrow(2).setTooltipGenerator(m -> m.lastError() == null ? "" : m.lastError());
        PhoneColumns.keepOnPhones(grid, List.of(to, subject, state));
        grid.setPageSize(50);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("admin.outbox.grid"));
        grid.setHeight("28rem");
        grid.setItems(DataProvider.fromCallbacks(query -> log.entries(query.getOffset(), query.getLimit()).stream(),
                query -> log.count()));
        grid.asSingleSelect().addValueChangeListener(change -> open(change.getValue()));
        count.setText(getTranslation("admin.outbox.count", log.count()));

        // The mail's words as text, never as HTML: what a recipient typed (a name) cannot become markup here.
        text.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        text.getElement().setAttribute("aria-label", getTranslation("admin.outbox.mail.text"));
        Div mail = new Div(heading, status, text, attachments);
        open(null);
        intro.setText(getTranslation("admin.outbox.intro", formats.zone().getId()));
        add(new AdminTabs(OutboxView.class), intro, notConfigured, count, grid, mail);
    }

    private void open(@Nullable OutboxEntry entry) {
        OutboxMail mail = entry == null ? null : log.mail(entry.id()).orElse(null);
        heading.setVisible(mail != null);
        text.setVisible(mail != null && !mail.bodyErased());
        attachments.setVisible(mail != null && !mail.attachmentNames().isEmpty());
        if (mail == null) {
            status.setText(getTranslation("admin.outbox.pick"));
            return;
        }
        OutboxEntry shown = mail.entry();
        heading.setText(getTranslation("admin.outbox.mail.heading", shown.subject(), shown.recipient()));
        String when = shown.sent() ? getTranslation("admin.outbox.mail.sent", formats.preciseMoment(shown.sentAt()))
                : "QUEUED".equals(shown.state()) ? getTranslation("admin.outbox.mail.next", formats.preciseMoment(shown.nextAttemptAt())) : "";
        status.setText(mail.bodyErased() ? when + " " + getTranslation("admin.outbox.mail.erased") : when);
        text.setText(mail.text());
        attachments.setText(getTranslation("admin.outbox.mail.attachments", String.join(", ", mail.attachmentNames())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title.outbox");
    }
}
