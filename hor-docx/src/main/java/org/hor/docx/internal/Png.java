package org.hor.docx.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;

/**
 * Rasterises a chart's SVG (the HTML report's drawing) to a PNG at twice its size, with the
 * DejaVu Sans Condensed font from the fonts jar, so the picture is the same on every machine.
 */
final class Png {

    /** A picture and its size in SVG units. */
    record Picture(byte[] png, int width, int height) {}

    /** How many pixels a unit of the SVG becomes: sharp when printed at 16 cm. */
    static final int SCALE = 2;

    private static final Pattern SIZE = Pattern.compile("^<svg [^>]*?width=\"(\\d+)\" height=\"(\\d+)\"");
    private static final String FAMILY = registerFont();

    private Png() {}

    static Picture render(String svg) throws IOException {
        Matcher m = SIZE.matcher(svg);
        if (!m.find()) {
            throw new IllegalStateException("chart SVG without width and height");
        }
        int width = Integer.parseInt(m.group(1));
        int height = Integer.parseInt(m.group(2));
        String source = svg.replaceFirst(
                "^<svg ", "<svg xmlns=\"http://www.w3.org/2000/svg\" font-family=\"" + FAMILY + "\" font-size=\"12\" ");
        Grab grab = new Grab();
        grab.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (float) width * SCALE);
        grab.addTranscodingHint(SVGAbstractTranscoder.KEY_HEIGHT, (float) height * SCALE);
        grab.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, Color.WHITE);
        grab.addTranscodingHint(SVGAbstractTranscoder.KEY_ALLOW_EXTERNAL_RESOURCES, Boolean.FALSE);
        TranscoderInput input = new TranscoderInput(new StringReader(source));
        input.setURI("file:///hor-chart.svg");
        try {
            grab.transcode(input, null);
        } catch (TranscoderException e) {
            throw new IOException("chart could not be drawn: " + e.getMessage(), e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(grab.image, "png", out);
        return new Picture(out.toByteArray(), width, height);
    }

    private static String registerFont() {
        String family = "DejaVu Sans Condensed";
        for (String file : new String[] {"DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"}) {
            try (InputStream in =
                    Png.class.getClassLoader().getResourceAsStream("net/sf/jasperreports/fonts/dejavu/" + file)) {
                if (in == null) {
                    continue;
                }
                Font font = Font.createFont(Font.TRUETYPE_FONT, in);
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
                family = font.getFamily(java.util.Locale.ROOT);
            } catch (IOException | FontFormatException e) {
                // the charts fall back to the JDK's sans-serif font
            }
        }
        return family;
    }

    /** Keeps the drawn image instead of writing it. */
    private static final class Grab extends ImageTranscoder {
        BufferedImage image;

        @Override
        public BufferedImage createImage(int width, int height) {
            return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        }

        @Override
        public void writeImage(BufferedImage img, TranscoderOutput output) {
            this.image = img;
        }
    }
}
