package org.doorstep.base.ui;

import com.vaadin.flow.component.html.Image;
import io.nayuki.qrcodegen.QrCode.Ecc;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A QR code of a link, as a crisp SVG image that scales to any size (a projector's back row included). Nayuki's
 * encoder makes the modules; each dark one becomes a unit square of one path, inside the standard quiet zone.
 */
public class QrCode extends Image {

    private static final int QUIET_ZONE = 4;

    public QrCode(String text, String alternativeText) {
        super("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg(text).getBytes(StandardCharsets.UTF_8)),
                alternativeText);
        addClassName("qr-code");
    }

    /** Medium error correction: still readable with a glare spot or a head in the way. */
    static String svg(String text) {
        io.nayuki.qrcodegen.QrCode code = io.nayuki.qrcodegen.QrCode.encodeText(text, Ecc.MEDIUM);
        int size = code.size + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"" + path + "\" fill=\"#000\"/></svg>";
    }
}
