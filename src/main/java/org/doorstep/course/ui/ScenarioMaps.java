package org.doorstep.course.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.BiConsumer;
import org.doorstep.course.ScenarioGraph;

/**
 * Each branching scenario of the text as a map: nodes in columns by their distance from the start, endings
 * coloured and named by kind, unreachable nodes dashed and labelled. Beside each map, the same as a list of nodes
 * and their choices, for screen readers and keyboards; a node (clicked on the map, or its button in the list)
 * moves the text's cursor to it.
 */
class ScenarioMaps extends Div {

    /** Step id and node id of the node clicked. */
    private final BiConsumer<String, String> showNode;

    ScenarioMaps(BiConsumer<String, String> showNode) {
        this.showNode = showNode;
        addClassName("scenario-maps");
    }

    void show(List<ScenarioGraph> graphs) {
        removeAll();
        if (graphs.isEmpty()) {
            add(new Paragraph(getTranslation("authoring.map.none")));
            return;
        }
        Paragraph help = new Paragraph(getTranslation("authoring.map.help"));
        help.addClassName("field-help");
        add(help);
        graphs.forEach(graph -> add(map(graph)));
    }

    private Div map(ScenarioGraph graph) {
        Div map = new Div();
        map.addClassName("scenario-map");
        map.getElement().setAttribute("data-step", graph.stepId());
        map.add(new H4(graph.title() == null ? graph.stepId() : graph.title()));
        if (graph.unreachable() > 0) {
            Paragraph warning = new Paragraph(getTranslation("authoring.map.unreachable.count", graph.unreachable()));
            warning.addClassName("map-warning");
            map.add(warning);
        }
        Svg drawing = new Svg(ScenarioMapSvg.of(graph, this::getTranslation));
        drawing.addClassName("scenario-map-drawing");
        drawing.getElement().addEventListener("click", click -> {
            var node = click.getEventData().get(NODE_CLICKED);
            if (node != null && node.isTextual()) {
                showNode.accept(graph.stepId(), node.asText());
            }
        }).addEventData(NODE_CLICKED);
        map.add(drawing, asList(graph));
        return map;
    }

    /** The id of the map node a click landed in, if any. */
    private static final String NODE_CLICKED =
            "event.target.closest('[data-node]') ? event.target.closest('[data-node]').getAttribute('data-node') : null";

    private Details asList(ScenarioGraph graph) {
        UnorderedList list = new UnorderedList();
        list.addClassName("map-as-list");
        for (ScenarioGraph.Node node : graph.nodes()) {
            Button id = new Button(node.id(), click -> showNode.accept(graph.stepId(), node.id()));
            id.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            id.setAriaLabel(getTranslation("authoring.map.show-in-text", node.id()));
            Span kind = new Span(" (" + ScenarioMapSvg.label(node, this::getTranslation) + ")");
            ListItem item = new ListItem(id, kind);
            item.addClassName(node.reachable() ? "map-list-node" : "map-list-unreachable");
            if (!node.choices().isEmpty()) {
                UnorderedList choices = new UnorderedList();
                graph.edges().stream().filter(edge -> edge.from().equals(node.id())).forEach(edge -> choices.add(
                        new ListItem(getTranslation(edge.to() == null ? "authoring.map.choice.broken" : "authoring.map.choice",
                                edge.choice(), edge.to()))));
                item.add(choices);
            }
            list.add(item);
        }
        Details details = new Details(getTranslation("authoring.map.as-list"), list);
        details.addClassName("map-list");
        return details;
    }
}
