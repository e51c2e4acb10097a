package org.doorstep.base.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * Key figures as a row of tiles, the figure large and its count beside it. Still a list underneath, so a screen
 * reader announces how many figures there are and reads each as label, figure, detail.
 */
public class FigureTiles extends UnorderedList {

    public FigureTiles() {
        addClassName("figure-tiles");
    }

    public void show(List<Figure> figures) {
        removeAll();
        figures.forEach(figure -> add(tile(figure)));
    }

    private static ListItem tile(Figure figure) {
        Span label = new Span(figure.label());
        label.addClassName("figure-label");
        Span value = new Span(figure.value());
        value.addClassName("figure-value");
        Span detail = new Span(figure.detail());
        detail.addClassName("figure-detail");
        ListItem tile = new ListItem(label, value, detail);
        tile.addClassName("figure-tile");
        if (figure.headline()) {
            tile.addClassName("headline");
        }
        return tile;
    }
}
