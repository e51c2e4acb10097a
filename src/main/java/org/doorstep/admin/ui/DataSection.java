package org.doorstep.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.doorstep.admin.DataRequests;
import org.doorstep.admin.UserDetail;
import org.doorstep.base.ui.Downloads;

/** A data-subject request: everything about the account as a JSON file, or the account deleted with its data. */
class DataSection extends Div {

    final Anchor export = new Anchor();
    final Button delete = new Button();
    private final UserDetail user;
    private final DataRequests requests;

    DataSection(UserDetail user, DataRequests requests) {
        this.user = user;
        this.requests = requests;
        addClassName("admin-section");
        export.setText(getTranslation("admin.user.data.export"));
        export.setHref(Downloads.text(this::exportFile, "doorstep-" + user.username() + ".json", "application/json"));
        export.setDownload(true);
        delete.setText(getTranslation("admin.user.data.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setVisible(!user.yourself());
        delete.addClickListener(click -> new DeleteUserDialog(user, requests).open());
        Paragraph help = new Paragraph(getTranslation("admin.user.data.help"));
        help.addClassName("field-help");
        add(new H3(getTranslation("admin.user.data.title")), help, export, delete);
    }

    /** What the download link sends (each download is recorded in the audit log). */
    String exportFile() {
        return requests.exportJson(user.id());
    }
}
