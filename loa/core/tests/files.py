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
