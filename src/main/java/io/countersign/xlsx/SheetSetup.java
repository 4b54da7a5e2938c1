package io.countersign.xlsx;

import static io.countersign.xlsx.PiLayout.BUYER_CODE;
import static io.countersign.xlsx.PiLayout.DECISION;
import static io.countersign.xlsx.PiLayout.GTIN;
import static io.countersign.xlsx.PiLayout.STYLE_ID;

import io.countersign.pi.PiOptions;
import io.countersign.pi.PreparedPi;
import io.countersign.render.Messages;
import io.countersign.signoff.DocumentIdentity;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * What a decision sheet needs besides its cells: the decision list, print setup and page footer, and
 * protection. Excel refuses (with a repair prompt) validation titles over 32 characters, prompt
 * texts over 255 and header or footer texts over 255; texts are cut to those limits.
 */
final class SheetSetup {
    private static final int TITLE_LIMIT = 32;
    private static final int PROMPT_LIMIT = 255;
    private static final int ERROR_LIMIT = 225;
    private static final int HEADER_FOOTER_LIMIT = 250;

    private SheetSetup() {
    }

    static void apply(SXSSFSheet sheet, PreparedPi prepared, PiOptions.Paper paper, ItemTable.Placed items) {
        Messages msg = prepared.messages();
        if (!items.rows().isEmpty()) {
            decisionList(sheet, msg, new CellRangeAddressList(items.first(), items.last(), DECISION, DECISION),
                    "xlsx.decision.prompt", "xlsx.decision.error");
            XSSFSheet xssf = sheet.getWorkbook().getXSSFWorkbook().getSheet(sheet.getSheetName());
            // buyer codes, style ids and GTINs are text on purpose; no "number stored as text" markers
            xssf.addIgnoredErrors(new CellRangeAddress(items.first(), items.last(), BUYER_CODE, STYLE_ID), IgnoredErrorType.NUMBER_STORED_AS_TEXT);
            xssf.addIgnoredErrors(new CellRangeAddress(items.first(), items.last(), GTIN, GTIN), IgnoredErrorType.NUMBER_STORED_AS_TEXT);
        }
        print(sheet, paper == PiOptions.Paper.LETTER ? PrintSetup.LETTER_PAPERSIZE : PrintSetup.A4_PAPERSIZE, items.headerRow(),
                prepared.view().title() + " " + prepared.pi().number() + " r" + prepared.pi().revision(), prepared.identity(),
                prepared.messages());
        protect(sheet);
    }

    /**
     * One list validation over the decision cells {@code cells}: the two labels, nothing else; empty
     * stays allowed (= undecided). {@code promptKey} and {@code errorKey} are sentences naming both
     * labels, {@code {0}} confirm and {@code {1}} change.
     */
    static void decisionList(SXSSFSheet sheet, Messages msg, CellRangeAddressList cells, String promptKey, String errorKey) {
        String confirm = msg.get("decide.confirm");
        String change = msg.get("decide.change");
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint list = helper.createExplicitListConstraint(new String[] {listItem(confirm), listItem(change)});
        DataValidation v = helper.createValidation(list, cells);
        v.setEmptyCellAllowed(true);
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox(cut(msg.single("col.decision"), TITLE_LIMIT), cut(sentence(msg, errorKey), ERROR_LIMIT));
        v.setShowPromptBox(true);
        v.createPromptBox(cut(msg.single("col.decision"), TITLE_LIMIT), cut(sentence(msg, promptKey), PROMPT_LIMIT));
        sheet.addValidationData(v);
    }

    /** A sentence naming both list items; {@code {0}} confirm, {@code {1}} change, each language with its own labels. */
    private static String sentence(Messages msg, String key) {
        return msg.compose(m -> m.single(key, m.single("decide.confirm"), m.single("decide.change")));
    }

    /** A list item of an explicit list: a comma would split it and a quote end it. */
    static String listItem(String label) {
        if (label.contains(",") || label.contains("\"")) {
            throw new IllegalStateException("decision label \"" + label + "\" contains a comma or quote; change the message bundle");
        }
        return label;
    }

    /**
     * Landscape, fit to one page wide, {@code headerRow} repeated on every page; {@code title} in the
     * page header, the document's id, revision and short hash and the page number in the footer.
     */
    static void print(SXSSFSheet sheet, short paperSize, int headerRow, String title, DocumentIdentity id, Messages msg) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(paperSize);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.5);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        sheet.getHeader().setLeft(escape(cut(title, HEADER_FOOTER_LIMIT / 2)));
        sheet.getFooter().setLeft(escape(cut(msg.get("doc.id") + " " + id.documentId() + " · " + msg.get("doc.revision") + " "
                + id.revision() + " · " + msg.get("doc.hash") + " " + id.shortHash(), HEADER_FOOTER_LIMIT / 2)));
        sheet.getFooter().setRight(escape(cut(msg.get("doc.page"), 40)) + " &P " + escape(cut(msg.get("doc.of"), 20)) + " &N");
    }

    /**
     * Locked cells cannot be changed, pictures cannot be moved or deleted. No password: the
     * protection prevents accidents, not tampering — the issued hashes detect that — so anyone
     * may lift it deliberately, and no password has to be sent or kept.
     */
    static void protect(SXSSFSheet sheet) {
        sheet.enableLocking();
        sheet.lockObjects(true);
        sheet.lockScenarios(true);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }

    /** '&' starts a header/footer code; a literal one is written twice. */
    private static String escape(String text) {
        return text.replace("&", "&&");
    }

    static String cut(String text, int limit) {
        if (text.codePointCount(0, text.length()) <= limit) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, limit - 1)) + "…";
    }
}
