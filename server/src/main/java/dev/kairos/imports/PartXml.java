package dev.kairos.imports;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One XML part of an uploaded workbook, read as a stream of events by a parser with limits. A
 * document type declaration is refused outright: Excel never writes one, and refusing it rules out
 * entity expansion and external entities whatever the parser would do with them.
 */
final class PartXml implements AutoCloseable {

    private static final XMLInputFactory FACTORY = factory();

    private final XMLStreamReader xml;
    private final InputStream in;
    private final String part;

    private PartXml(XMLStreamReader xml, InputStream in, String part) {
        this.xml = xml;
        this.in = in;
        this.part = part;
    }

    static PartXml open(WorkbookArchive archive, String part) {
        InputStream in = archive.open(part);
        try {
            return new PartXml(FACTORY.createXMLStreamReader(in), in, part);
        } catch (XMLStreamException e) {
            close(in);
            throw unreadable(part, e);
        }
    }

    /** The next event (an {@link XMLStreamConstants} value); {@code END_DOCUMENT} at the end and after it. */
    int next() {
        try {
            if (!xml.hasNext()) {
                return XMLStreamConstants.END_DOCUMENT;
            }
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new ImportRefused(
                        "refusal.import.dtd",
                        "The file is not a plain Excel workbook: its part " + part
                                + " has a document type declaration (DTD), which Excel never writes and Kairos does"
                                + " not read.",
                        part);
            }
            return event;
        } catch (XMLStreamException e) {
            throw unreadable(part, e);
        }
    }

    /** Moves to the next start element of one of those local names; false when the document ends first. */
    boolean toStart(String... names) {
        for (int event = next(); event != XMLStreamConstants.END_DOCUMENT; event = next()) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                for (String name : names) {
                    if (is(name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Reads on past the end of the element whose start is the current event. */
    void skipElement() {
        for (int depth = 1; depth > 0; ) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                return;
            }
        }
    }

    /** Whether the current start or end element has that local name, whatever its namespace. */
    boolean is(String name) {
        return name.equals(xml.getLocalName());
    }

    /** The attribute of that local name on the current start element, whatever its namespace, or null. */
    String attribute(String name) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (name.equals(xml.getAttributeLocalName(i))) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** Adds the current text event to the cell's text, without making a string of it first. */
    void appendTextTo(CellText text) {
        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
    }

    String part() {
        return part;
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // Closing a reader releases nothing the stream's own close does not.
        }
        close(in);
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ImportRefused unreadable(String part, XMLStreamException e) {
        String reason =
                String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
        return new ImportRefused(
                "refusal.import.xml",
                "The file is damaged or not made by a spreadsheet program: its part " + part + " is not readable XML"
                        + (reason.isEmpty() ? "" : " (" + Shown.excerpt(reason) + ")") + ".",
                part);
    }

    private static XMLInputFactory factory() {
        WstxInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        // Text, comments and the like come in pieces or are skipped unread (a cell's text is capped
        // as it is read, see CellText); every other thing a part could make the parser hold at once
        // is bounded here.
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, 64 * 1024);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 256);
        factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, 64);
        return factory;
    }
}
