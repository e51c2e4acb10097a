package org.doorstep.exercise.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.notification.Notification;
import org.doorstep.base.ui.Downloads;
import org.doorstep.exercise.ExerciseService;

/** The trainee's own data: download all of it, or delete all of it in one confirmed action. */
class MyNetworkData extends MenuBar {

    MyNetworkData(ExerciseService exercise) {
        addClassName("my-network-data");
        MenuItem root = addItem(getTranslation("exercise.data.menu"));
        root.getSubMenu().addItem(download(getTranslation("exercise.data.csv"), "my-linkedin-network.csv", "text/csv",
                exercise::myDataCsv));
        root.getSubMenu().addItem(download(getTranslation("exercise.data.json"), "my-linkedin-network.json",
                "application/json", exercise::myDataJson));
        root.getSubMenu().addItem(getTranslation("exercise.data.delete"), click -> confirmDelete(exercise));
    }

    static Anchor download(String text, String fileName, String type, java.util.function.Supplier<String> content) {
        Anchor link = new Anchor(Downloads.text(content, fileName, type), text);
        link.setDownload(true);
        return link;
    }

    private void confirmDelete(ExerciseService exercise) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("exercise.data.delete.title"),
                getTranslation("exercise.data.delete.text"), getTranslation("exercise.data.delete.confirm"), event -> {
                    int deleted = exercise.deleteAllMyNetworkData();
                    Notification.show(getTranslation("exercise.data.deleted", deleted), 5000, Notification.Position.BOTTOM_CENTER);
                    getUI().ifPresent(ui -> ui.getPage().reload());
                });
        confirm.setConfirmButtonTheme(ButtonVariant.LUMO_ERROR.getVariantName() + " " + ButtonVariant.LUMO_PRIMARY.getVariantName());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("authoring.cancel"));
        confirm.open();
    }

}
