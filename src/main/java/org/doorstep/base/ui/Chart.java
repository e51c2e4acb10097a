package org.doorstep.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.dom.Element;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A line or bar chart for any feature: {@code <doorstep-chart>} (frontend/components/line-chart.js,
 * drawing with chart.js) plus the same figures as a real table, hidden visually but read by screen
 * readers, with a button that shows it to everyone.
 */
public class Chart extends Div {

    // Loaded at runtime, not through @JsModule: that would need a frontend bundle build (see notes).
    static final String CHART_JS = "context://webjars/chart.js/4.5.1/dist/chart.umd.min.js";
    static final String ELEMENT_JS = "context://assets/components/line-chart.js";
    static final String NO_VALUE = "—";
    private static final AtomicLong IDS = new AtomicLong();

    private final String title;
    private final Element plot = new Element("doorstep-chart");
    private final NativeTable table = new NativeTable();
    private final Button toggle = new Button();
    private @Nullable ChartData data;

    public Chart(String title) {
        this.title = Objects.requireNonNull(title, "title");
        addClassName("chart");
        plot.setAttribute("label", title); // becomes the canvas's aria-label
        table.addClassNames("chart-table", "visually-hidden");
        table.setId("chart-table-" + IDS.incrementAndGet());
        table.setCaptionText(title);
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.addClassName("chart-table-toggle");
        toggle.getElement().setAttribute("aria-controls", table.getId().orElseThrow());
        toggle.addClickListener(click -> setTableShown(!isTableShown()));
        Div scroll = new Div(table); // a wide table scrolls sideways instead of widening the page
        scroll.addClassName("chart-table-scroll");
        getElement().appendChild(plot);
        add(toggle, scroll);
        setTableShown(false);
    }

    public Chart(String title, ChartData data) {
        this(title);
        setData(data);
    }

    public String getChartTitle() {
        return title;
    }

    public @Nullable ChartData getData() {
        return data;
    }

    /** Redraws the chart and rebuilds the table; the element re-renders when the property changes. */
    public void setData(ChartData data) {
        this.data = Objects.requireNonNull(data, "data");
        plot.setPropertyJson("data", toJson(data));
        rebuildTable(data);
    }

    /** The drawing's height as CSS, e.g. "12rem" (18rem by default). */
    public void setChartHeight(String cssHeight) {
        plot.getStyle().setHeight(cssHeight);
    }

    public boolean isTableShown() {
        return !table.hasClassName("visually-hidden");
    }

    /** Shown: the table is visible to everyone; hidden: only to screen readers (never display:none). */
    public void setTableShown(boolean shown) {
        table.setClassName("visually-hidden", !shown);
        toggle.setText(getTranslation(shown ? "chart.table.hide" : "chart.table.show"));
        toggle.getElement().setAttribute("aria-expanded", Boolean.toString(shown));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // chart.js first: the element draws with its global Chart (and waits if it is late).
        // Vaadin loads each URL once per page, so many charts cost nothing extra.
        Page page = attachEvent.getUI().getPage();
        page.addJavaScript(CHART_JS);
        page.addJavaScript(ELEMENT_JS);
    }

    static ObjectNode toJson(ChartData data) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode root = json.objectNode();
        root.put("type", data.type().name().toLowerCase(Locale.ROOT));
        ArrayNode labels = root.putArray("labels");
        data.labels().forEach(labels::add);
        ArrayNode datasets = root.putArray("datasets");
        for (ChartData.Dataset dataset : data.datasets()) {
            ObjectNode set = datasets.addObject();
            set.put("label", dataset.label());
            ArrayNode values = set.putArray("values");
            for (Double value : dataset.values()) {
                if (isValue(value)) {
                    values.add(value.doubleValue());
                } else {
                    values.addNull(); // JSON has no NaN or Infinity: they are gaps too
                }
            }
        }
        root.put("xTitle", data.xTitle());
        root.put("yTitle", data.yTitle());
        return root;
    }

    // Text only (setText escapes), so a label such as "<script>" stays text.
    private void rebuildTable(ChartData data) {
        NumberFormat numbers = NumberFormat.getNumberInstance(Locale.ENGLISH);
        table.getHead().removeAllRows();
        NativeTableRow header = table.getHead().addRow();
        header.addHeaderCell().setText(data.xTitle());
        for (ChartData.Dataset dataset : data.datasets()) {
            header.addHeaderCell().setText(dataset.label());
        }
        header.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        NativeTableBody body = table.getBody();
        body.removeAllRows();
        List<String> labels = data.labels();
        for (int i = 0; i < labels.size(); i++) {
            NativeTableRow row = body.addRow();
            row.addHeaderCell().setText(labels.get(i));
            row.getHeaderCells().getFirst().getElement().setAttribute("scope", "row");
            for (ChartData.Dataset dataset : data.datasets()) {
                Double value = dataset.values().get(i);
                row.addDataCell().setText(isValue(value) ? numbers.format(value) : NO_VALUE);
            }
        }
    }

    private static boolean isValue(Double value) {
        return value != null && Double.isFinite(value);
    }
}
