package org.doorstep.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the presenter projects reads back as the join link, by a QR reader other than the encoder. */
class QrCodeTest {

    private static final int PIXELS_PER_MODULE = 6;

    /** The SVG's squares drawn as black and white pixels, as a camera would see the projected code. */
    private static String readBack(String svg) throws Exception {
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) \\d+\"").matcher(svg);
        assertThat(box.find()).isTrue();
        int modules = Integer.parseInt(box.group(1));
        int side = modules * PIXELS_PER_MODULE;
        int[] pixels = new int[side * side];
        java.util.Arrays.fill(pixels, 0xFFFFFF);
        Matcher square = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z").matcher(svg);
        while (square.find()) {
            int x = Integer.parseInt(square.group(1));
            int y = Integer.parseInt(square.group(2));
            for (int dy = 0; dy < PIXELS_PER_MODULE; dy++) {
                for (int dx = 0; dx < PIXELS_PER_MODULE; dx++) {
                    pixels[(y * PIXELS_PER_MODULE + dy) * side + x * PIXELS_PER_MODULE + dx] = 0;
                }
            }
        }
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }

    @Test
    void a_join_link_reads_back_exactly() throws Exception {
        String link = "https://doorstep.example.com/workshop/join?code=KT7RMW";

        assertThat(readBack(QrCode.svg(link))).isEqualTo(link);
    }

    @Test
    void the_image_carries_the_svg_and_says_what_it_is_for() throws Exception {
        QrCode image = new QrCode("http://localhost:8080/workshop/join?code=ABC234", "Join link as a QR code");

        assertThat(image.getAlt()).contains("Join link as a QR code");
        String source = image.getSrc();
        assertThat(source).startsWith("data:image/svg+xml;base64,");
        String svg = new String(Base64.getDecoder().decode(source.substring(source.indexOf(',') + 1)), StandardCharsets.UTF_8);
        assertThat(readBack(svg)).isEqualTo("http://localhost:8080/workshop/join?code=ABC234");
    }
}
