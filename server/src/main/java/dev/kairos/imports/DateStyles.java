package dev.kairos.imports;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;

/**
 * Which cell styles of a workbook show a number as a date, so such a cell reads as
 * {@code 04.01.2022 10:30} rather than as Excel's day count.
 */
final class DateStyles {

    /** Excel's built-in number formats that show a date (14 to 17 and 22); the others are numbers or times. */
    private static final Set<Integer> BUILT_IN_DATES = Set.of(14, 15, 16, 17, 22);

    private final BitSet dates;

    private DateStyles(BitSet dates) {
        this.dates = dates;
    }

    /** @param part the styles part, or null when the workbook has none */
    static DateStyles read(WorkbookArchive archive, String part) {
        Map<Integer, String> formats = new HashMap<>();
        List<Integer> styles = new ArrayList<>();
        if (part != null && archive.has(part)) {
            try (PartXml xml = PartXml.open(archive, part)) {
                while (xml.toStart("numFmt", "cellXfs")) {
                    if (xml.is("numFmt")) {
                        Integer id = number(xml.attribute("numFmtId"));
                        String code = xml.attribute("formatCode");
                        if (id != null && code != null) {
                            formats.put(id, code);
                        }
                    } else {
                        styles.addAll(cellStyles(xml));
                    }
                }
            }
        }
        BitSet dates = new BitSet();
        for (int i = 0; i < styles.size(); i++) {
            Integer format = styles.get(i);
            if (format != null
                    && (formats.containsKey(format)
                            ? showsDate(formats.get(format))
                            : BUILT_IN_DATES.contains(format))) {
                dates.set(i);
            }
        }
        return new DateStyles(dates);
    }

    /** Whether a cell of that style (its {@code s} attribute, or null) shows a date. */
    boolean isDate(String style) {
        Integer index = number(style);
        return index != null && index >= 0 && dates.get(index);
    }

    /**
     * Whether a number format shows a day or a year. Colours and locales in brackets, quoted text
     * and escaped characters are not looked at: {@code [Red]0.00} is not a date.
     */
    static boolean showsDate(String code) {
        boolean quoted = false;
        boolean bracket = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (quoted) {
                quoted = c != '"';
            } else if (bracket) {
                bracket = c != ']';
            } else if (c == '"') {
                quoted = true;
            } else if (c == '[') {
                bracket = true;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if ("dDyY".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The number format of each {@code <xf>} in {@code <cellXfs>}, in order: a cell's style is an index into it. */
    private static List<Integer> cellStyles(PartXml xml) {
        List<Integer> styles = new ArrayList<>();
        for (int depth = 1; depth > 0; ) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (depth == 1 && xml.is("xf")) {
                    styles.add(number(xml.attribute("numFmtId")));
                }
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                break;
            }
        }
        return styles;
    }

    private static Integer number(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
