package kr.corepolicy.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A printed page as the tests read it: the PDF Chromium made of it ({@link Browser#printToPdf()}), its number of
 * pages, their sizes and their text (PDFBox's reading order, one page after the other).
 */
public final class Printed {

    /** A4 in PostScript points (1/72 inch): 210 x 297 mm. */
    public static final float A4_WIDTH = 595.28f;

    public static final float A4_HEIGHT = 841.89f;

    private final int pages;
    private final List<float[]> sizes;
    private final List<String> pageTexts;

    private Printed(int pages, List<float[]> sizes, List<String> pageTexts) {
        this.pages = pages;
        this.sizes = sizes;
        this.pageTexts = pageTexts;
    }

    public static Printed of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<float[]> sizes = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                sizes.add(new float[] {page.getMediaBox().getWidth(), page.getMediaBox().getHeight()});
            }
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> texts = new ArrayList<>();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                texts.add(stripper.getText(document));
            }
            return new Printed(document.getNumberOfPages(), List.copyOf(sizes), List.copyOf(texts));
        } catch (IOException e) {
            throw new UncheckedIOException("not a PDF Chromium printed", e);
        }
    }

    public int pages() {
        return pages;
    }

    /** The whole text, page after page. */
    public String text() {
        return String.join("\n", pageTexts);
    }

    /** The text of page {@code number} (1-based). */
    public String text(int number) {
        return pageTexts.get(number - 1);
    }

    /** Whether every page is A4 portrait (within a point). */
    public boolean allA4() {
        return sizes.stream().allMatch(s -> Math.abs(s[0] - A4_WIDTH) < 1 && Math.abs(s[1] - A4_HEIGHT) < 1);
    }

    @Override
    public String toString() {
        return pages + " page(s):\n" + text();
    }
}
