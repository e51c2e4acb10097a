package org.doorstep.course.ui;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.doorstep.course.ScenarioGraph;
import org.jspecify.annotations.Nullable;

/**
 * Draws a laid-out scenario as SVG markup. Written with an XML stream writer, which escapes every attribute and
 * text node, so authors' text (node ids, node and choice texts) can only ever be text. Colours come from the
 * page's stylesheet through the classes (map-ending-good and so on); the words on each node say the same, for
 * anyone who cannot tell the colours apart.
 */
final class ScenarioMapSvg {

    static final int NODE_WIDTH = 168;
    static final int NODE_HEIGHT = 52;
    static final int COLUMN = 216;
    static final int ROW = 72;
    static final int MARGIN = 16;
    private static final String NS = "http://www.w3.org/2000/svg";

    private ScenarioMapSvg() {
    }

    /** The SVG markup; {@code words} translates the keys of the labels drawn on nodes. */
    static String of(ScenarioGraph graph, Function<String, String> words) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter svg = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            int width = 2 * MARGIN + Math.max(1, graph.columns()) * COLUMN - (COLUMN - NODE_WIDTH);
            int height = 2 * MARGIN + Math.max(1, graph.rows()) * ROW - (ROW - NODE_HEIGHT) + ROW / 2;
            svg.writeStartElement("svg");
            svg.writeDefaultNamespace(NS);
            svg.writeAttribute("viewBox", "0 0 " + width + " " + height);
            svg.writeAttribute("width", String.valueOf(width));
            svg.writeAttribute("height", String.valueOf(height));
            svg.writeAttribute("class", "scenario-map-svg");
            svg.writeAttribute("aria-hidden", "true"); // the list beside it is the text for screen readers
            arrowHead(svg);
            Map<String, ScenarioGraph.Node> byId = new HashMap<>();
            graph.nodes().forEach(node -> byId.put(node.id(), node));
            for (ScenarioGraph.Edge edge : graph.edges()) {
                edge(svg, byId.get(edge.from()), edge.to() == null ? null : byId.get(edge.to()), edge.choice(), words);
            }
            for (ScenarioGraph.Node node : graph.nodes()) {
                node(svg, node, words);
            }
            svg.writeEndElement();
            svg.close();
        } catch (XMLStreamException impossible) { // writing to a string cannot fail on I/O
            throw new IllegalStateException(impossible);
        }
        return out.toString();
    }

    private static void arrowHead(XMLStreamWriter svg) throws XMLStreamException {
        svg.writeStartElement("defs");
        svg.writeStartElement("marker");
        svg.writeAttribute("id", "map-arrow");
        svg.writeAttribute("viewBox", "0 0 10 10");
        svg.writeAttribute("refX", "10");
        svg.writeAttribute("refY", "5");
        svg.writeAttribute("markerWidth", "7");
        svg.writeAttribute("markerHeight", "7");
        svg.writeAttribute("orient", "auto-start-reverse");
        svg.writeEmptyElement("path");
        svg.writeAttribute("d", "M 0 0 L 10 5 L 0 10 z");
        svg.writeAttribute("class", "map-arrow-head");
        svg.writeEndElement();
        svg.writeEndElement();
    }

    /** {@code from} null: nothing to draw; {@code to} null: the choice leads to no node. */
    private static void edge(XMLStreamWriter svg, ScenarioGraph.@Nullable Node from, ScenarioGraph.@Nullable Node to, String choice,
            Function<String, String> words) throws XMLStreamException {
        if (from == null) {
            return;
        }
        int x1 = x(from) + NODE_WIDTH;
        int y1 = y(from) + NODE_HEIGHT / 2;
        svg.writeStartElement("path");
        if (to == null) {
            // A choice leading to no node: a short broken stub.
            svg.writeAttribute("d", "M " + x1 + " " + y1 + " l 28 0");
            svg.writeAttribute("class", "map-edge map-edge-broken");
        } else {
            int x2 = x(to);
            int y2 = y(to) + NODE_HEIGHT / 2;
            // Forward: an S-curve; back or sideways (a loop): a wide arc below the row, so it does not cross the nodes.
            String d = to.column() > from.column()
                    ? "M " + x1 + " " + y1 + " C " + (x1 + 40) + " " + y1 + ", " + (x2 - 40) + " " + y2 + ", " + x2 + " " + y2
                    : "M " + x1 + " " + y1 + " C " + (x1 + 60) + " " + (y1 + ROW) + ", " + (x2 - 60) + " " + (y2 + ROW)
                            + ", " + x2 + " " + y2;
            svg.writeAttribute("d", d);
            svg.writeAttribute("class", to.column() > from.column() ? "map-edge" : "map-edge map-edge-back");
            svg.writeAttribute("marker-end", "url(#map-arrow)");
        }
        svg.writeStartElement("title");
        svg.writeCharacters(to == null ? words.apply("authoring.map.broken-choice") + ": " + choice : choice);
        svg.writeEndElement();
        svg.writeEndElement();
    }

    private static void node(XMLStreamWriter svg, ScenarioGraph.Node node, Function<String, String> words)
            throws XMLStreamException {
        svg.writeStartElement("g");
        svg.writeAttribute("class", "map-node " + kindClass(node));
        svg.writeAttribute("data-node", node.id());
        svg.writeAttribute("transform", "translate(" + x(node) + " " + y(node) + ")");
        svg.writeStartElement("title");
        svg.writeCharacters(node.id() + ": " + shortened(node.text(), 200));
        svg.writeEndElement();
        svg.writeEmptyElement("rect");
        svg.writeAttribute("width", String.valueOf(NODE_WIDTH));
        svg.writeAttribute("height", String.valueOf(NODE_HEIGHT));
        svg.writeAttribute("rx", "6");
        text(svg, "map-node-id", 22, shortened(node.id(), 22));
        text(svg, "map-node-kind", 40, label(node, words));
        svg.writeEndElement();
    }

    private static void text(XMLStreamWriter svg, String className, int y, String words) throws XMLStreamException {
        svg.writeStartElement("text");
        svg.writeAttribute("x", "10");
        svg.writeAttribute("y", String.valueOf(y));
        svg.writeAttribute("class", className);
        svg.writeCharacters(words);
        svg.writeEndElement();
    }

    /** The words under the id: what kind of node this is, or its fault. */
    static String label(ScenarioGraph.Node node, Function<String, String> words) {
        if (!node.reachable()) {
            return words.apply("authoring.map.unreachable");
        }
        if (node.ending()) {
            return words.apply(node.outcome() == null ? "authoring.map.ending" : "authoring.map.ending." + node.outcome());
        }
        return words.apply(node.start() ? "authoring.map.start" : "authoring.map.step");
    }

    static String kindClass(ScenarioGraph.Node node) {
        String kind = node.ending() ? "map-ending map-ending-" + (node.outcome() == null ? "banded" : node.outcome())
                : node.start() ? "map-start" : "map-step";
        return kind + (node.reachable() ? "" : " map-unreachable");
    }

    private static int x(ScenarioGraph.Node node) {
        return MARGIN + node.column() * COLUMN;
    }

    private static int y(ScenarioGraph.Node node) {
        return MARGIN + node.row() * ROW;
    }

    private static String shortened(String text, int max) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
