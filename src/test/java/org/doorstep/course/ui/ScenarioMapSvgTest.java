package org.doorstep.course.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.doorstep.course.ScenarioGraph;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class ScenarioMapSvgTest {

    private static final String HOSTILE = "<script>alert('x')</script> & \"quotes\"";

    private static Document parsed(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    @Test
    void authors_text_stays_text_and_endings_and_unreachable_nodes_carry_their_kind() throws Exception {
        ScenarioGraph graph = new ScenarioGraph("s", "S", List.of(
                new ScenarioGraph.Node("start", HOSTILE, 0, 0, true, false, null, true, List.of(HOSTILE)),
                new ScenarioGraph.Node("won", "You won", 1, 0, false, true, "good", true, List.of()),
                new ScenarioGraph.Node(HOSTILE, "Alone", 2, 0, false, true, "bad", false, List.of())),
                List.of(new ScenarioGraph.Edge("start", "won", HOSTILE)), 3, 1);

        String svg = ScenarioMapSvg.of(graph, key -> key.substring(key.lastIndexOf('.') + 1));

        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;");
        Document document = parsed(svg);
        assertThat(document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "script").getLength()).isZero();
        var groups = document.getElementsByTagName("g");
        assertThat(groups.getLength()).isEqualTo(3);
        assertThat(groups.item(1).getAttributes().getNamedItem("class").getNodeValue())
                .isEqualTo("map-node map-ending map-ending-good");
        assertThat(groups.item(2).getAttributes().getNamedItem("class").getNodeValue()).endsWith("map-unreachable");
        assertThat(groups.item(2).getAttributes().getNamedItem("data-node").getNodeValue()).isEqualTo(HOSTILE);
        assertThat(groups.item(2).getTextContent()).contains("unreachable");
    }
}
