"""Files for upload tests, made in memory: PDFs with or without active content, minimal
office zips with chosen parts (or a thousandfold expansion)."""

import io
import zipfile

from pypdf import PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

MB = 1024 * 1024


def pdf(extra=None) -> io.BytesIO:
    """A one-page PDF; `extra(writer)` adds to it before it is written."""
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    if extra:
        extra(writer)
    buffer = io.BytesIO()
    writer.write(buffer)
    buffer.seek(0)
    return buffer


def js_action():
    return DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.alert(1)"),
        }
    )


def open_action_js(writer):
    writer._root_object[NameObject("/OpenAction")] = js_action()


def open_action_page(writer):
    page = writer.pages[0].indirect_reference
    writer._root_object[NameObject("/OpenAction")] = ArrayObject([page, NameObject("/Fit")])


def document_js(writer):
    # the document-level script in the name tree, the way Acrobat stores one
    scripts = DictionaryObject(
        {
            NameObject("/Names"): ArrayObject(
                [TextStringObject("a"), writer._add_object(js_action())]
            )
        }
    )
    writer._root_object[NameObject("/Names")] = DictionaryObject(
        {NameObject("/JavaScript"): writer._add_object(scripts)}
    )


def attachment(writer):
    writer.add_attachment("run.exe", b"MZ\x90\x00")


def page_action(writer):
    writer.pages[0][NameObject("/AA")] = DictionaryObject({NameObject("/O"): js_action()})


def office(kind="docx", parts=None, big=0) -> io.BytesIO:
    """A minimal DOCX/XLSX; `parts` replaces or adds parts; `big` bytes of zeros in one."""
    main = "word/document.xml" if kind == "docx" else "xl/workbook.xml"
    content = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types/>',
        main: '<?xml version="1.0"?><document/>',
        **(parts or {}),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in content.items():
            if text is not None:
                archive.writestr(name, text)
        if big:
            with archive.open("word/media/zeros.bin", "w", force_zip64=True) as part:
                for _ in range(big // MB):
                    part.write(bytes(MB))
    buffer.seek(0)
    return buffer


def objstm_pdf(inflated: int = 100, body: bytes = b"<< /Hidden true >>") -> bytes:
    """A one-page PDF whose only object stream holds `body` and inflates to `inflated`
    bytes, found through an xref stream (how PDF 1.5 writers store most objects)."""
    import struct
    import zlib

    header = b"6 0 "
    payload = header + body + bytes(max(inflated - len(header) - len(body), 0))
    squeezed = zlib.compress(payload, 9)
    parts, offsets = [b"%PDF-1.5\n"], {}

    def add(number, body):
        offsets[number] = sum(map(len, parts))
        parts.append(b"%d 0 obj\n" % number + body + b"\nendobj\n")

    add(1, b"<< /Type /Catalog /Pages 2 0 R >>")
    add(2, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    add(3, b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>")
    add(
        4,
        b"<< /Type /ObjStm /N 1 /First %d /Filter /FlateDecode /Length %d >>\nstream\n"
        % (len(header), len(squeezed))
        + squeezed
        + b"\nendstream",
    )
    offsets[5] = sum(map(len, parts))
    rows = [struct.pack(">BIH", 0, 0, 65535)]
    rows += [struct.pack(">BIH", 1, offsets[n], 0) for n in (1, 2, 3, 4, 5)]
    rows.append(struct.pack(">BIH", 2, 4, 0))
    table = b"".join(rows)
    parts.append(
        b"5 0 obj\n<< /Type /XRef /Size 7 /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n"
        % len(table)
        + table
        + b"\nendstream\nendobj\n"
    )
    parts.append(b"startxref\n%d\n%%%%EOF\n" % offsets[5])
    return b"".join(parts)
