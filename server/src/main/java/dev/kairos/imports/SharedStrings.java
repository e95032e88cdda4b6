package dev.kairos.imports;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;

/**
 * The workbook's shared strings, the texts its cells refer to by number. A text longer than a cell
 * may hold is kept as null: only a cell that uses it is refused, and it never sits in memory.
 */
final class SharedStrings {

    private final List<String> texts;

    private SharedStrings(List<String> texts) {
        this.texts = texts;
    }

    /** @param part the shared strings part, or null when the workbook has none */
    static SharedStrings read(WorkbookArchive archive, String part) {
        List<String> texts = new ArrayList<>();
        if (part != null && archive.has(part)) {
            try (PartXml xml = PartXml.open(archive, part)) {
                while (xml.toStart("si")) {
                    texts.add(item(xml));
                }
            }
        }
        return new SharedStrings(texts);
    }

    /**
     * The text of that number, or null when it is longer than {@link CellText#MAX_CHARS}.
     *
     * @throws ImportRefused when the workbook has no text of that number
     */
    String at(String number, String cell) {
        int index;
        try {
            index = Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            index = -1;
        }
        if (index < 0 || index >= texts.size()) {
            throw new ImportRefused(
                    "refusal.import.text-missing",
                    "The file is damaged: cell " + cell + " refers to a text the workbook does not have.",
                    cell);
        }
        return texts.get(index);
    }

    /** One {@code <si>}: its runs of text, leaving out phonetic guides, which Excel does not show in the cell. */
    private static String item(PartXml xml) {
        CellText text = new CellText();
        boolean inText = false;
        for (int depth = 1; depth > 0; ) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (xml.is("rPh")) {
                    xml.skipElement();
                    continue;
                }
                depth++;
                inText = xml.is("t");
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                inText = false;
            } else if (inText && isText(event)) {
                xml.appendTextTo(text);
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                break;
            }
        }
        return text.value();
    }

    static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS
                || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE;
    }
}
