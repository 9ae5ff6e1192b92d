package kr.corepolicy.service.task;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.ExcelNumberFormat;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The worksheets of an .xlsx read as a stream of rows (POI's event API: {@link XSSFReader}, the read-only shared
 * strings and a SAX handler), so that memory follows the rows kept, not the size of the sheets. Cells are typed as
 * POI's usermodel types them: a formula by its cached value (never evaluated), a number with a date format as a
 * date. A formula whose result was never stored (a file written by a program that does not calculate) has no
 * value to show: it is typed {@link CellType#FORMULA}, never read as empty or as 0.
 */
final class TaskWorkbookSheets implements AutoCloseable {

    /**
     * What one cell shows: its type, its text (strings), number (numbers, booleans as 1/0), date or error; of type
     * {@link CellType#FORMULA} only a formula without a cached result, which shows nothing that can be read.
     */
    record Cell(CellType type, String text, double number, LocalDateTime date, String error) {

        static final Cell BLANK = new Cell(CellType.BLANK, null, 0, null, null);
        static final Cell UNCALCULATED = new Cell(CellType.FORMULA, null, 0, null, null);

        boolean dateFormatted() {
            return date != null;
        }
    }

    /** A row: its 0-based index and its cells by 0-based column. */
    record Row(int index, Map<Integer, Cell> cells) {

        Cell cell(int column) {
            return cells.get(column);
        }
    }

    /** Thrown by a row consumer to stop reading a sheet. */
    static final class Stop extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    private final OPCPackage pkg;
    private final Map<String, PackagePart> sheets = new LinkedHashMap<>();
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final boolean date1904;

    private TaskWorkbookSheets(OPCPackage pkg) throws IOException, OpenXML4JException, SAXException {
        this.pkg = pkg;
        XSSFReader reader = new XSSFReader(pkg);
        XSSFReader.SheetIterator it = reader.getSheetIterator();
        while (it.hasNext()) {
            it.next().close();
            // Like XSSFWorkbook.getSheet: names compare ignoring case, the first one counts.
            sheets.putIfAbsent(it.getSheetName().toLowerCase(Locale.ROOT), it.getSheetPart());
        }
        this.strings = new ReadOnlySharedStringsTable(pkg, false);
        this.styles = reader.getStylesTable();
        try (InputStream workbook = reader.getWorkbookData()) {
            this.date1904 = date1904(workbook);
        }
    }

    /** Opens the package of an .xlsx already measured by {@link TaskWorkbookZip}. */
    static TaskWorkbookSheets open(byte[] xlsx) throws IOException, OpenXML4JException, SAXException {
        OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(xlsx));
        try {
            return new TaskWorkbookSheets(pkg);
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    boolean has(String sheet) {
        return sheets.containsKey(sheet.toLowerCase(Locale.ROOT));
    }

    /** Streams the rows of a sheet, in the order of the file, to {@code rows} (which may throw {@link Stop}). */
    void rows(String sheet, Consumer<Row> rows) throws IOException, SAXException {
        PackagePart part = sheets.get(sheet.toLowerCase(Locale.ROOT));
        try (InputStream in = part.getInputStream()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new SheetHandler(rows));
            parser.parse(new InputSource(in));
        } catch (Stop stop) {
            // the consumer has what it needs
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        pkg.revert();
    }

    private static boolean date1904(InputStream workbook) throws IOException, SAXException {
        boolean[] found = new boolean[1];
        try {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("workbookPr".equals(localName)) {
                        String value = attributes.getValue("date1904");
                        found[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                        throw new Stop();
                    }
                    if ("sheets".equals(localName)) {
                        throw new Stop();
                    }
                }
            });
            parser.parse(new InputSource(workbook));
        } catch (Stop stop) {
            // workbookPr comes before the sheets
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        return found[0];
    }

    /** The SAX handler of one worksheet part: {@code <row>}, {@code <c>}, {@code <v>}, {@code <f>}, {@code <is>}. */
    private final class SheetHandler extends DefaultHandler {

        private final Consumer<Row> rows;
        private final StringBuilder text = new StringBuilder();
        private int rowIndex = -1;
        private int column;
        private Map<Integer, Cell> cells;
        private String cellType;
        private int style;
        private boolean formula;
        private boolean inValue;
        private boolean inInline;
        private boolean inInlineText;
        private boolean inPhonetic;
        private String value;
        private StringBuilder inline;

        SheetHandler(Consumer<Row> rows) {
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    int index = r == null ? rowIndex + 1 : Integer.parseInt(r) - 1;
                    if (index <= rowIndex || index < 0) {
                        throw new IllegalArgumentException("rows out of order at " + r);
                    }
                    rowIndex = index;
                    column = -1;
                    cells = new TreeMap<>();
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? column + 1 : new CellReference(r).getCol();
                    cellType = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    formula = false;
                    value = null;
                    inline = null;
                }
                case "f" -> formula = true;
                case "v" -> {
                    inValue = true;
                    text.setLength(0);
                }
                case "is" -> {
                    inInline = true;
                    inline = new StringBuilder();
                }
                case "rPh" -> inPhonetic = true;
                case "t" -> {
                    if (inInline && !inPhonetic) {
                        inInlineText = true;
                    }
                }
                default -> {
                    // other elements carry nothing that reading needs
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                text.append(ch, start, length);
            } else if (inInlineText) {
                inline.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v" -> {
                    inValue = false;
                    value = text.toString();
                }
                case "t" -> inInlineText = false;
                case "rPh" -> inPhonetic = false;
                case "is" -> inInline = false;
                case "c" -> {
                    if (cells != null) {
                        cells.put(column, cell());
                    }
                }
                case "row" -> {
                    rows.accept(new Row(rowIndex, cells));
                    cells = null;
                }
                default -> {
                    // nothing to finish
                }
            }
        }

        /** The cell just read, typed as XSSFCell types it; a formula without a cached value is uncalculated. */
        private Cell cell() {
            if (formula && value == null && inline == null) {
                return Cell.UNCALCULATED;
            }
            String t = cellType == null ? "n" : cellType;
            return switch (t) {
                case "s" -> string(value == null ? "" : strings.getItemAt(Integer.parseInt(value.strip())).getString());
                case "inlineStr" -> string(inline != null ? new XSSFRichTextString(inline.toString()).getString()
                        : value == null ? "" : value);
                case "str" -> string(value == null ? "" : value);
                case "b" -> new Cell(CellType.BOOLEAN, null, "1".equals(value) ? 1 : 0, null, null);
                case "e" -> new Cell(CellType.ERROR, null, 0, null,
                        value == null ? FormulaError.NULL.getString() : FormulaError.forString(value).getString());
                case "n" -> number();
                default -> throw new IllegalArgumentException("cell type " + t);
            };
        }

        private Cell string(String s) {
            return new Cell(CellType.STRING, s, 0, null, null);
        }

        /** A number; without a value a blank (a formula without one never comes here). */
        private Cell number() {
            if (value == null) {
                return Cell.BLANK;
            }
            double number = value.isEmpty() ? 0 : Double.parseDouble(value);
            LocalDateTime date = null;
            if (DateUtil.isValidExcelDate(number) && styles != null && styles.getNumCellStyles() > 0) {
                CellStyle cellStyle = styles.getStyleAt(style);
                ExcelNumberFormat format = ExcelNumberFormat.from(cellStyle);
                if (format != null && DateUtil.isADateFormat(format)) {
                    date = DateUtil.getLocalDateTime(number, date1904);
                }
            }
            return new Cell(CellType.NUMERIC, null, number, date, null);
        }
    }
}
