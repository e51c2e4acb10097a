package org.doorstep.base.ui;

/**
 * One key figure as a tile shows it: what it is, the figure itself (large), and what it stands on (a count, a
 * period). The headline figure is the one a page is about, drawn larger than the rest.
 */
public record Figure(String label, String value, String detail, boolean headline) {

    public static Figure of(String label, String value, String detail) {
        return new Figure(label, value, detail, false);
    }

    public static Figure headline(String label, String value, String detail) {
        return new Figure(label, value, detail, true);
    }
}
