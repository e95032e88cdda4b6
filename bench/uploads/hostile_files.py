#!/usr/bin/env python3
"""Writes the hostile .xlsx files of docs/benchmarks.md (Hostile uploads) into a folder.

Usage: hostile_files.py OUTDIR
"""
import os
import struct
import sys
import zipfile

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
PARTS = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>' % MAIN,
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
}
HEAD = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="%s"><sheetData>' % MAIN
TAIL = "</sheetData></worksheet>"
HEADER_ROW = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'


def workbook(path, sheet_chunks, sst_chunks):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, text in PARTS.items():
            z.writestr(name, text)
        for name, chunks in (("xl/worksheets/sheet1.xml", sheet_chunks), ("xl/sharedStrings.xml", sst_chunks)):
            with z.open(name, "w", force_zip64=False) as part:
                for chunk in chunks:
                    part.write(chunk.encode())


def sst(*texts, big=0):
    yield '<sst xmlns="%s">' % MAIN + "".join("<si><t>%s</t></si>" % t for t in texts)
    if big:
        yield "<si><t>"
        for _ in range(big // (1 << 20)):
            yield "x" * (1 << 20)
        yield "</t></si>"
    yield "</sst>"


def declare(path, name, size):
    """Makes the entry's central directory record declare another uncompressed size."""
    data = bytearray(open(path, "rb").read())
    wanted = name.encode()
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        length = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46 : at + 46 + length] == wanted:
            struct.pack_into("<I", data, at + 24, size)
            open(path, "wb").write(data)
            return
        at = data.find(b"PK\x01\x02", at + 4)
    raise SystemExit("no entry " + name)


def main(out):
    os.makedirs(out, exist_ok=True)
    # 1. A shared string that unpacks to 300 MB, used by the first data row.
    workbook(os.path.join(out, "shared-string-bomb.xlsx"),
             [HEAD, HEADER_ROW, '<row r="2"><c r="A2" t="s"><v>2</v></c></row>', TAIL],
             sst("Date", "Phone", big=300 << 20))
    # 2. The same file, its shared strings declaring 1,000 bytes.
    workbook(os.path.join(out, "lying-size.xlsx"),
             [HEAD, HEADER_ROW, '<row r="2"><c r="A2" t="s"><v>2</v></c></row>', TAIL],
             sst("Date", "Phone", big=300 << 20))
    declare(os.path.join(out, "lying-size.xlsx"), "xl/sharedStrings.xml", 1000)

    # 3. A row of data, then fifty million empty rows, all claiming to be row 3 (which compresses best).
    def rows():
        yield HEAD + HEADER_ROW + '<row r="2"><c r="A2" t="s"><v>0</v></c></row>'
        for _ in range(500):
            yield '<row r="3"/>' * 100_000
        yield TAIL

    workbook(os.path.join(out, "empty-rows.xlsx"), rows(), sst("Date", "Phone"))

    # 3b. Five million empty rows without numbers: 30 MB, under the limit on a part's size, so the
    # row bound stops it.
    def fewer_rows():
        yield HEAD + HEADER_ROW
        for _ in range(50):
            yield "<row/>" * 100_000
        yield TAIL

    workbook(os.path.join(out, "empty-rows-30mb.xlsx"), fewer_rows(), sst("Date", "Phone"))
    # 4. A cell of 40,000 characters.
    workbook(os.path.join(out, "long-cell.xlsx"),
             [HEAD, HEADER_ROW, '<row r="2"><c r="A2" t="inlineStr"><is><t>' + "y" * 40_000 + "</t></is></c></row>", TAIL],
             sst("Date", "Phone"))
    # 5. Entity expansion (a billion laughs, 10^9 characters if expanded).
    laughs = ['<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY l0 "lollollollol">']
    laughs += ['<!ENTITY l%d "%s">' % (i, ("&l%d;" % (i - 1)) * 10) for i in range(1, 9)]
    laughs += [']><worksheet xmlns="%s"><sheetData>' % MAIN, HEADER_ROW,
               '<row r="2"><c r="A2" t="inlineStr"><is><t>&l8;</t></is></c></row>', TAIL]
    workbook(os.path.join(out, "entity-expansion.xlsx"), laughs, sst("Date", "Phone"))
    # 6. A zip that is not a workbook, and a file that is no zip at all.
    with zipfile.ZipFile(os.path.join(out, "not-a-workbook.xlsx"), "w") as z:
        z.writestr("notes.txt", "hello")
    open(os.path.join(out, "not-a-zip.xlsx"), "w").write("date;phone\n04.01.2030 10:00;37493350369\n")

    # 7. A legitimate file: 5,000 rows of 11 columns.
    def legit():
        yield HEAD + '<row r="1">' + "".join(
            '<c r="%s1" t="inlineStr"><is><t>%s</t></is></c>' % (c, h)
            for c, h in zip("ABCDEFGHIJK", ["Date", "Master", "Tel", "Name", "Length", "What", "Prices",
                                             "Discount", "State", "Till", "Paid"])) + "</row>"
        for r in range(2, 5002):
            yield ('<row r="%d"><c r="A%d" t="inlineStr"><is><t>04.01.2031 10:00</t></is></c>'
                   '<c r="B%d"><v>1</v></c><c r="C%d"><v>374933%05d</v></c>'
                   '<c r="D%d" t="inlineStr"><is><t>Client %d</t></is></c></row>') % (r, r, r, r, r, r, r)
        yield TAIL

    workbook(os.path.join(out, "legitimate-5000-rows.xlsx"), legit(), sst("unused"))


if __name__ == "__main__":
    main(sys.argv[1])
