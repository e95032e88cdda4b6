package dev.kairos.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds .xlsx archives part by part in memory, hostile ones included: parts are written as
 * streams, so a part that unpacks to hundreds of megabytes never exists whole in the test, and
 * an entry can be made to declare a size it does not have.
 */
final class Xlsx {

    /** Writes a part's content. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Map<String, Content> parts = new LinkedHashMap<>();
    private final Map<String, Long> declared = new LinkedHashMap<>();

    /** A workbook of one sheet whose {@code <sheetData>} holds the rows given, with shared strings. */
    static Xlsx sheet(String rows, String... sharedStrings) {
        StringBuilder sst = new StringBuilder("<sst xmlns=\"" + MAIN + "\">");
        for (String text : sharedStrings) {
            sst.append("<si><t>").append(text).append("</t></si>");
        }
        return workbook()
                .part("xl/worksheets/sheet1.xml", sheetXml(rows))
                .part("xl/sharedStrings.xml", sst.append("</sst>").toString());
    }

    /** The parts every workbook has, without its sheet and shared strings. */
    static Xlsx workbook() {
        return new Xlsx()
                .part("[Content_Types].xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                        <Default Extension="xml" ContentType="application/xml"/>
                        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                        </Types>""")
                .part("_rels/.rels", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                        </Relationships>""")
                .part("xl/workbook.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <workbook xmlns="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                        <sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(MAIN))
                .part("xl/_rels/workbook.xml.rels", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
                        </Relationships>""");
    }

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    static String sheetXml(String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows
                + "</sheetData></worksheet>";
    }

    Xlsx part(String name, String content) {
        return part(name, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
    }

    Xlsx part(String name, Content content) {
        parts.put(name, content);
        return this;
    }

    /** Makes the part's entry in the central directory declare this unpacked size, whatever it holds. */
    Xlsx declaring(String name, long size) {
        declared.put(name, size);
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (Map.Entry<String, Content> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                part.getValue().writeTo(zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] archive = bytes.toByteArray();
        declared.forEach((name, size) -> declare(archive, name, size));
        return archive;
    }

    /** Rewrites the uncompressed size of the entry's central directory record. */
    private static void declare(byte[] archive, String name, long size) {
        ByteBuffer buffer = ByteBuffer.wrap(archive).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 46 <= archive.length; at++) {
            if (buffer.getInt(at) != 0x02014b50) {
                continue;
            }
            int length = buffer.getShort(at + 28) & 0xFFFF;
            if (length == wanted.length
                    && java.util.Arrays.equals(archive, at + 46, at + 46 + length, wanted, 0, length)) {
                buffer.putInt(at + 24, (int) size);
                return;
            }
        }
        throw new IllegalArgumentException("no entry " + name);
    }

    /** Writes {@code unit} that many times between the head and the tail. */
    static Content repeated(String head, String unit, long times, String tail) {
        return out -> {
            out.write(head.getBytes(StandardCharsets.UTF_8));
            int perChunk = Math.max(1, 65_536 / unit.length());
            byte[] chunk = unit.repeat(perChunk).getBytes(StandardCharsets.UTF_8);
            byte[] one = unit.getBytes(StandardCharsets.UTF_8);
            long left = times;
            for (; left >= perChunk; left -= perChunk) {
                out.write(chunk);
            }
            for (; left > 0; left--) {
                out.write(one);
            }
            out.write(tail.getBytes(StandardCharsets.UTF_8));
        };
    }
}
