"""`make bench`: the Excel import against hostile workbooks of at most 5 MB (issue #10,
finding 3). Each is read by the import's own reading step (importing.read_sheet, the
first thing the import view does with an upload, where a hostile file is refused) in a
forked child, so that its time and the growth of its peak memory are its own:

    import_hostile_xlsx_s: 0.42 (target ≤ 5 s) OK
    import_hostile_xlsx_mem_mb: 12 (target ≤ 300 MB) OK

The figures are the worst over the workbooks: the two the issue measured (one row of 3
million cells; one shared string of 300 MB), and three shaped to pass the zip's checks
(parts stored uncompressed): a row of 290,000 cells, 150,000 rows numbered alike (which
openpyxl reads without handing over), 9,990 such rows of 6 cells (just within every bound:
the most openpyxl is ever given to read), and one 4.7 MB string in every cell."""

import io
import os
import random
import string
import time
import zipfile
from collections.abc import Iterable
from xml.sax.saxutils import escape

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from .importing import HEADERS

TARGET_S = 5
TARGET_MB = 300
MB = 1024 * 1024
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
)
ROOT_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PACKAGE_REL}">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{NS}" xmlns:r="{REL}">'
    '<sheets><sheet name="Hoạt động" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PACKAGE_REL}">'
    f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
)
HEADER_ROW = (
    '<row r="1">'
    + "".join(f'<c t="inlineStr"><is><t>{escape(h)}</t></is></c>' for h in HEADERS)
    + "</row>"
).encode()


def workbook(rows: Iterable[bytes], *, shared: Iterable[bytes] = (), stored=False) -> bytes:
    """A workbook of Loa's columns whose first sheet holds HEADER_ROW then the XML `rows`
    (pieces written as they come), with the shared strings `shared` (XML pieces of one
    <sst>); its sheet and shared strings stored uncompressed if `stored`."""
    buffer = io.BytesIO()
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        for name, head, pieces, tail in (
            (
                "xl/worksheets/sheet1.xml",
                f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{NS}"><sheetData>'
                + HEADER_ROW.decode(),
                rows,
                "</sheetData></worksheet>",
            ),
            (
                "xl/sharedStrings.xml",
                f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{NS}">',
                shared,
                "</sst>",
            ),
        ):
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = method
            with archive.open(info, "w", force_zip64=True) as part:
                part.write(head.encode())
                for piece in pieces:
                    part.write(piece)
                part.write(tail.encode())
    return buffer.getvalue()


def _repeat(piece: bytes, times: int, chunk: int = 10_000) -> Iterable[bytes]:
    block = piece * chunk
    for _ in range(times // chunk):
        yield block
    yield piece * (times % chunk)


def wide_row(cells: int, *, stored=False) -> bytes:
    return workbook([b'<row r="3">', *_repeat(b"<c><v>1</v></c>", cells), b"</row>"], stored=stored)


def huge_string(size: int) -> bytes:
    rows = [b'<row r="3"><c t="s"><v>0</v></c></row>']
    return workbook(rows, shared=[b"<si><t>", *_repeat(b"a", size), b"</t></si>"])


def rows_numbered_alike(rows: int, cells: int = 6) -> bytes:
    row = b'<row r="3">' + b"<c><v>1</v></c>" * cells + b"</row>"
    return workbook(_repeat(row, rows), stored=True)


def long_string_everywhere(size: int) -> bytes:
    # letters at random: the part barely compresses, so it passes the zip's ratio check
    text = "".join(random.choices(string.ascii_letters, k=size)).encode()  # noqa: S311
    cells = b'<c t="s"><v>0</v></c>' * len(HEADERS)
    rows = (b'<row r="%d">%s</row>' % (number, cells) for number in range(3, 2003))
    return workbook(rows, shared=[b"<si><t>", text, b"</t></si>"])


def hostile_workbooks(scale: float = 1.0) -> dict[str, bytes]:
    """The workbooks of the bench (`scale` < 1 for a quick test), each at most 5 MB."""
    return {
        "3 triệu ô trên một dòng": wide_row(int(3_000_000 * scale)),
        "một chuỗi 300 MB": huge_string(int(300 * MB * scale)),
        "290.000 ô trên một dòng, không nén": wide_row(int(290_000 * scale) + 31, stored=True),
        "150.000 dòng cùng số": rows_numbered_alike(int(150_000 * scale) + 10, cells=1),
        # just within every bound: as much as openpyxl is ever given to read
        "9.990 dòng cùng số, 6 ô mỗi dòng": rows_numbered_alike(int(9_990 * scale) + 1),
        "chuỗi 4,7 MB ở mọi ô": long_string_everywhere(int(4.7 * MB * scale)),
    }


def _rss_kb(field: str) -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def measure(content: bytes) -> tuple[float, float, str]:
    """(seconds, MB of peak memory above the start, outcome) of reading `content` as the
    import view does, in a forked child whose peak memory is reset first."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: measure, write "seconds mb outcome", exit
        try:
            os.close(read)
            with open("/proc/self/clear_refs", "w") as refs:
                refs.write("5")  # reset the peak (VmHWM) to the current size
            from .importing import read_sheet

            before = _rss_kb("VmRSS")
            upload = SimpleUploadedFile("hoat-dong.xlsx", content)
            started = time.perf_counter()
            try:
                outcome = f"đọc {len(read_sheet(upload))} dòng"
            except ValidationError as error:
                outcome = "từ chối: " + error.messages[0][:70]
            seconds = time.perf_counter() - started
            grown = (_rss_kb("VmHWM") - before) / 1024
            os.write(write, f"{seconds} {grown} {outcome}".encode())
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        answer = pipe.read().decode()
    os.waitpid(pid, 0)
    seconds, grown, outcome = answer.split(" ", 2)
    return float(seconds), float(grown), outcome


def run(stdout, scale: float = 1.0) -> None:
    worst_s = worst_mb = 0.0
    for name, content in hostile_workbooks(scale).items():
        seconds, grown, outcome = measure(content)
        stdout.write(
            f"  {name} ({len(content) / MB:.2f} MB): {seconds:.2f} s, +{grown:.0f} MB, {outcome}\n"
        )
        worst_s, worst_mb = max(worst_s, seconds), max(worst_mb, grown)
    ok_s = "OK" if worst_s <= TARGET_S else "MISS"
    ok_mb = "OK" if worst_mb <= TARGET_MB else "MISS"
    stdout.write(f"import_hostile_xlsx_s: {worst_s:.2f} (target ≤ {TARGET_S} s) {ok_s}\n")
    stdout.write(f"import_hostile_xlsx_mem_mb: {worst_mb:.0f} (target ≤ {TARGET_MB} MB) {ok_mb}\n")
