package org.doorstep.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * A grid too wide for a phone keeps only its essential columns there, instead of scrolling sideways; the others
 * come back when the window is wide again (a phone turned, a window widened). The row's detail, opened by a click,
 * shows the rest.
 */
public final class PhoneColumns {

    /** Narrower than this (CSS pixels) is a phone held upright. */
    public static final int PHONE_WIDTH = 600;

    private PhoneColumns() {
    }

    public static <T> void keepOnPhones(Grid<T> grid, List<Grid.Column<T>> essential) {
        grid.addAttachListener(attach -> {
            UI ui = attach.getUI();
            ui.getPage().retrieveExtendedClientDetails(details -> show(grid, essential, details.getWindowInnerWidth()));
            Registration resizes = ui.getPage().addBrowserWindowResizeListener(resize -> show(grid, essential, resize.getWidth()));
            grid.addDetachListener(detach -> {
                resizes.remove();
                detach.unregisterListener();
            });
        });
    }

    static <T> void show(Grid<T> grid, List<Grid.Column<T>> essential, int windowWidth) {
        boolean phone = windowWidth > 0 && windowWidth < PHONE_WIDTH;
        grid.getColumns().forEach(column -> column.setVisible(!phone || essential.contains(column)));
    }
}
