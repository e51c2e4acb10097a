package org.doorstep.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.shared.ui.Dependency;
import java.util.Arrays;
import java.util.List;
import org.doorstep.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChartTest extends KaribuTest {

    private static final String SCRIPT_LABEL = "<script>alert(1)</script> & <b>bold</b>";

    private final ChartData data = new ChartData(ChartData.Type.LINE,
            List.of("Week 1", "Week 2", SCRIPT_LABEL),
            List.of(new ChartData.Dataset("Kept", Arrays.asList(3.0, null, 12.5)),
                    new ChartData.Dataset("Removed", Arrays.asList(1.0, 2.0, 1234.0))),
            "Week", "Connections");

    private Chart chart;

    @BeforeEach
    void showAChart() {
        signInAs("trainee");
        navigate("");
        chart = new Chart("Connections per week", data);
        ((HasComponents) UI.getCurrent().getCurrentView()).add(chart);
    }

    private Element plot() {
        return chart.getElement().getChildren()
                .filter(child -> child.getTag().equals("doorstep-chart")).findFirst().orElseThrow();
    }

    private NativeTable table() {
        return _get(chart, NativeTable.class);
    }

    private static List<String> texts(NativeTableRow row) {
        return row.getAllCells().stream().map(cell -> cell.getElement().getText()).toList();
    }

    @Test
    void the_element_gets_the_data_as_json_and_its_accessible_name() {
        String json = String.valueOf(plot().getPropertyRaw("data"));
        assertThat(json).contains("\"type\":\"line\"", "\"labels\":[\"Week 1\",\"Week 2\"",
                "\"label\":\"Kept\"", "\"values\":[3.0,null,12.5]", "\"values\":[1.0,2.0,1234.0]",
                "\"xTitle\":\"Week\"", "\"yTitle\":\"Connections\"");
        assertThat(plot().getAttribute("label")).isEqualTo("Connections per week");
    }

    @Test
    void attaching_loads_chart_js_before_the_element_script() {
        List<String> urls = UI.getCurrent().getInternals().getDependencyList().getPendingSendToClient()
                .stream().map(Dependency::getUrl).toList();
        assertThat(urls).containsSubsequence(Chart.CHART_JS, Chart.ELEMENT_JS);
    }

    @Test
    void the_table_alternative_has_the_caption_the_dataset_headers_and_the_values_as_text() {
        NativeTable table = table();
        assertThat(table.getCaptionText()).isEqualTo("Connections per week");
        assertThat(texts(table.getHead().getRow(0).orElseThrow()))
                .containsExactly("Week", "Kept", "Removed");
        List<NativeTableRow> rows = table.getBody().getRows();
        assertThat(rows).hasSize(3);
        assertThat(texts(rows.get(0))).containsExactly("Week 1", "3", "1");
        assertThat(texts(rows.get(1))).containsExactly("Week 2", "—", "2");
        assertThat(texts(rows.get(2))).containsExactly(SCRIPT_LABEL, "12.5", "1,234");
        assertThat(rows.get(0).getHeaderCells()).hasSize(1); // the label heads its row
        assertThat(rows.get(0).getHeaderCell(0).orElseThrow().getElement().getAttribute("scope")).isEqualTo("row");
    }

    @Test
    void a_label_with_markup_stays_text() {
        NativeTableHeaderCell cell = table().getBody().getRow(2).orElseThrow().getHeaderCell(0).orElseThrow();
        assertThat(cell.getElement().getText()).isEqualTo(SCRIPT_LABEL);
        // One text node, no <script> or <b> element
        assertThat(cell.getElement().getChildren()).singleElement().satisfies(node -> assertThat(node.isTextNode()).isTrue());
        assertThat(cell.getElement().getProperty("innerHTML")).isNull();
        // The element gets it as data and chart.js draws it on the canvas: never parsed as HTML either
        assertThat(String.valueOf(plot().getPropertyRaw("data"))).contains("\"<script>alert(1)</script> & <b>bold</b>\"");
    }

    @Test
    void the_table_is_visually_hidden_until_the_toggle_shows_it() {
        Button toggle = _get(chart, Button.class);
        assertThat(table().hasClassName("visually-hidden")).isTrue();
        assertThat(toggle.getText()).isEqualTo("Show the figures as a table");
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(toggle.getElement().getAttribute("aria-controls")).isEqualTo(table().getId().orElseThrow());

        _click(toggle);
        assertThat(table().hasClassName("visually-hidden")).isFalse();
        assertThat(chart.isTableShown()).isTrue();
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");

        _click(toggle);
        assertThat(table().hasClassName("visually-hidden")).isTrue();
    }

    @Test
    void new_data_replaces_the_rows() {
        chart.setData(new ChartData(ChartData.Type.BAR, List.of("A"),
                List.of(new ChartData.Dataset("Only", Arrays.asList((Double) null))), null, null));
        assertThat(table().getBody().getRows()).hasSize(1);
        assertThat(texts(table().getBody().getRow(0).orElseThrow())).containsExactly("A", "—");
        assertThat(String.valueOf(plot().getPropertyRaw("data"))).contains("\"type\":\"bar\"", "\"values\":[null]");
    }
}
