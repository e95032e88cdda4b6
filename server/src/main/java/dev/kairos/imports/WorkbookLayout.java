package dev.kairos.imports;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where an uploaded workbook keeps what the import reads: its first sheet, its shared strings and
 * its styles (any of the last two may be absent), and whether its dates count from 1904.
 *
 * @param sharedStrings the part's name, or null when the workbook has none
 * @param styles the part's name, or null when the workbook has none
 */
record WorkbookLayout(String sheet, String sharedStrings, String styles, boolean date1904) {

    private static final String CONTENT_TYPES = "[Content_Types].xml";

    /** @throws ImportRefused when the archive is not a workbook with a sheet */
    static WorkbookLayout read(WorkbookArchive archive) {
        if (!archive.has(CONTENT_TYPES)) {
            throw notAWorkbook();
        }
        String workbook = workbookPart(archive);
        if (!archive.has(workbook)) {
            throw notAWorkbook();
        }
        Workbook book = workbook(archive, workbook);
        Map<String, String> targets = new HashMap<>();
        String sharedStrings = null;
        String styles = null;
        String folder = workbook.substring(0, workbook.lastIndexOf('/') + 1);
        String rels = folder + "_rels/" + workbook.substring(folder.length()) + ".rels";
        try (PartXml xml = PartXml.open(archive, rels)) {
            while (xml.toStart("Relationship")) {
                String target = resolve(folder, xml.attribute("Target"));
                String type = String.valueOf(xml.attribute("Type"));
                if ("External".equals(xml.attribute("TargetMode")) || target == null) {
                    continue;
                }
                targets.put(xml.attribute("Id"), target);
                if (type.endsWith("/sharedStrings")) {
                    sharedStrings = target;
                } else if (type.endsWith("/styles")) {
                    styles = target;
                }
            }
        }
        String sheet = targets.get(book.firstSheet());
        if (sheet == null) {
            throw new ImportRefused(
                    "refusal.import.sheet-missing", "The file is damaged: its first sheet is not in the workbook.");
        }
        return new WorkbookLayout(sheet, sharedStrings, styles, book.date1904());
    }

    /** The workbook's own part, as the package's content types name it. */
    private static String workbookPart(WorkbookArchive archive) {
        try (PartXml xml = PartXml.open(archive, CONTENT_TYPES)) {
            while (xml.toStart("Override")) {
                String type = String.valueOf(xml.attribute("ContentType")).toLowerCase(Locale.ROOT);
                String name = xml.attribute("PartName");
                if (name != null
                        && type.endsWith(".main+xml")
                        && (type.contains("spreadsheetml") || type.contains("ms-excel"))) {
                    return name.startsWith("/") ? name.substring(1) : name;
                }
            }
        }
        return "xl/workbook.xml";
    }

    private record Workbook(String firstSheet, boolean date1904) {}

    private static Workbook workbook(WorkbookArchive archive, String part) {
        boolean date1904 = false;
        try (PartXml xml = PartXml.open(archive, part)) {
            while (xml.toStart("workbookPr", "sheet")) {
                if (xml.is("sheet")) {
                    return new Workbook(xml.attribute("id"), date1904);
                }
                String value = xml.attribute("date1904");
                date1904 = "1".equals(value) || "true".equals(value);
            }
        }
        throw new ImportRefused("refusal.import.no-sheet", "The workbook has no sheet to import.");
    }

    /** The part a relationship's target names: absolute, or relative to the workbook's folder. */
    private static String resolve(String folder, String target) {
        if (target == null || target.isEmpty()) {
            return null;
        }
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }

    private static ImportRefused notAWorkbook() {
        return new ImportRefused(
                "refusal.import.zip-not-workbook",
                "This file is a zip archive but not an Excel workbook. Save the sheet from Excel as .xlsx and upload"
                        + " that.");
    }
}
