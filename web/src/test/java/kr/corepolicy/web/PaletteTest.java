package kr.corepolicy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * palette.css is saga's rules with the application's navy and darker status colours (#11, item 10): this test
 * makes it again from the theme in the PrimeFaces jar on the class path and compares. After a PrimeFaces upgrade it
 * fails; copy target/palette-generated.css over the rules of palette.css (below its comment).
 */
class PaletteTest {

    private static final Path PALETTE = Path.of("src/main/webapp/resources/corepolicy/css/palette.css");
    private static final String THEME = "META-INF/resources/primefaces-saga-blue/theme.css";

    /** Colours replaced by name: saga's value (r, g, b) and the replacement. */
    private static final double[][][] EXPLICIT = {
        {{33, 150, 243}, {31, 78, 121}}, // primary -> the application's navy (--cp-primary)
        {{104, 159, 56}, {59, 125, 35}}, {{93.6, 143.1, 50.4}, {51, 108, 30}}, {{83.2, 127.2, 44.8}, {43, 92, 25}},
        {{96, 125, 139}, {79, 102, 114}}, {{86.4, 112.5, 125.1}, {69, 90, 100}}, {{76.8, 100, 111.2}, {59, 77, 86}},
        {{244, 67, 54}, {198, 40, 40}}, {{211, 47, 47}, {183, 28, 28}}, // danger, error
        {{108, 117, 125}, {92, 99, 106}}, // secondary text
        {{166.2, 213, 250.2}, {79, 131, 181}}, // focus ring
    };
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}\\b|#[0-9a-fA-F]{3}\\b|rgba?\\(([^)]*)\\)");

    @Test
    void paletteIsSagaInTheApplicationsColours() throws IOException {
        String theme;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(THEME)) {
            assertNotNull(in, THEME + " on the class path");
            theme = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        }
        String generated = String.join("\n", generate(theme)) + "\n";
        String committed = Files.readString(PALETTE);
        String rules = committed.substring(committed.indexOf("*/\n") + 3);
        if (!rules.equals(generated)) {
            Files.writeString(Path.of("target/palette-generated.css"), generated);
        }
        assertEquals(generated, rules, "palette.css is out of date: see target/palette-generated.css");
    }

    @Test
    void navyAndItsShadesReplaceSagaBlue() {
        assertEquals("#1f4e79", hex(mapped(new double[] {33, 150, 243})));
        assertTrue(contrast(mapped(new double[] {12.74, 136.94, 235.66}), new double[] {255, 255, 255}) >= 4.5,
                "the hover shade stays dark enough for white text");
        assertEquals(null, mapped(new double[] {73, 80, 87}), "saga's grey text stays");
    }

    static List<String> generate(String css) {
        List<String> out = new ArrayList<>();
        walk(css.replaceAll("(?s)/\\*.*?\\*/", ""), out);
        return out;
    }

    private static void walk(String css, List<String> out) {
        int i = 0;
        while (i < css.length()) {
            int open = css.indexOf('{', i);
            if (open < 0) {
                return;
            }
            String head = css.substring(i, open).strip();
            if (head.startsWith("@")) {
                int depth = 1;
                int k = open + 1;
                while (depth > 0) {
                    char c = css.charAt(k++);
                    depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                }
                if (head.startsWith("@media")) {
                    List<String> inner = new ArrayList<>();
                    walk(css.substring(open + 1, k - 1), inner);
                    if (!inner.isEmpty()) {
                        out.add(head + "{" + String.join("", inner) + "}");
                    }
                }
                i = k;
                continue;
            }
            int close = css.indexOf('}', open);
            List<String> changed = new ArrayList<>();
            for (String declaration : css.substring(open + 1, close).split(";")) {
                String d = declaration.strip();
                boolean variable = d.startsWith("--");
                if (!d.contains(":") || variable && !(d.startsWith("--primary") || d.startsWith("--text-color-secondary")
                        || d.startsWith("--focus-ring"))) {
                    continue;
                }
                String replaced = replaceColours(d);
                if (!replaced.equals(d)) {
                    changed.add(replaced);
                }
            }
            if (!changed.isEmpty()) {
                out.add(head + "{" + String.join(";", changed) + "}");
            }
            i = close + 1;
        }
    }

    private static String replaceColours(String declaration) {
        Matcher m = COLOR.matcher(declaration);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String token = m.group();
            String replacement = token;
            if (token.startsWith("#")) {
                String h = token.substring(1);
                if (h.length() == 3) {
                    h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
                }
                double[] rgb = {Integer.parseInt(h.substring(0, 2), 16), Integer.parseInt(h.substring(2, 4), 16),
                    Integer.parseInt(h.substring(4, 6), 16)};
                double[] n = mapped(rgb);
                replacement = n == null ? token : hex(n);
            } else {
                String[] parts = m.group(1).split(",");
                double[] rgb = {Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()),
                    Double.parseDouble(parts[2].strip())};
                double[] n = mapped(rgb);
                if (n != null) {
                    replacement = parts.length == 4 ? String.format(Locale.ROOT, "rgba(%d,%d,%d,%s)", Math.round(n[0]),
                            Math.round(n[1]), Math.round(n[2]), parts[3].strip()) : hex(n);
                }
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The replacement of a saga colour, or null to keep it. */
    static double[] mapped(double[] rgb) {
        for (double[][] pair : EXPLICIT) {
            if (Math.abs(pair[0][0] - rgb[0]) < 0.6 && Math.abs(pair[0][1] - rgb[1]) < 0.6
                    && Math.abs(pair[0][2] - rgb[2]) < 0.6) {
                return pair[1];
            }
        }
        return navy(rgb);
    }

    /**
     * Saga's blues (hue 195-215 degrees, saturation over 55 %) as navy of the same place on the lightness scale:
     * saga's primary (lightness 54 %) becomes the navy (30 %), darker shades darker, lighter tints lighter.
     */
    private static double[] navy(double[] rgb) {
        double r = rgb[0] / 255;
        double g = rgb[1] / 255;
        double b = rgb[2] / 255;
        double max = Math.max(r, Math.max(g, b));
        double min = Math.min(r, Math.min(g, b));
        double l = (max + min) / 2;
        if (max == min) {
            return null;
        }
        double d = max - min;
        double s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
        double h = max == r ? ((g - b) / d + (g < b ? 6 : 0)) : max == g ? (b - r) / d + 2 : (r - g) / d + 4;
        h = h * 60;
        if (h < 195 || h > 215 || s <= 0.55) {
            return null;
        }
        double navyL = 0.30;
        double sagaL = 0.54;
        double l2 = l <= sagaL ? l * navyL / sagaL : navyL + (l - sagaL) * (1 - navyL) / (1 - sagaL);
        return hsl(208, 0.59, l2);
    }

    private static double[] hsl(double h, double s, double l) {
        double q = l < 0.5 ? l * (1 + s) : l + s - l * s;
        double p = 2 * l - q;
        return new double[] {255 * hue(p, q, h / 360 + 1.0 / 3), 255 * hue(p, q, h / 360),
            255 * hue(p, q, h / 360 - 1.0 / 3)};
    }

    private static double hue(double p, double q, double t) {
        double x = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
        if (x < 1.0 / 6) {
            return p + (q - p) * 6 * x;
        }
        if (x < 0.5) {
            return q;
        }
        if (x < 2.0 / 3) {
            return p + (q - p) * (2.0 / 3 - x) * 6;
        }
        return p;
    }

    static String hex(double[] rgb) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(rgb[0]), Math.round(rgb[1]), Math.round(rgb[2]));
    }

    private static double contrast(double[] a, double[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(double[] rgb) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = rgb[i] / 255;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
