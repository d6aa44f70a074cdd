"""Reading back a workbook made by loa.core.xlsx, as a spreadsheet program would."""

import io

import openpyxl


def read_table(content: bytes, *, header_row: int):
    """Open the workbook and check what every Loa table shares: Times New Roman in every
    written cell, the title merged across the table, the header bold and repeated on each
    printed page, landscape fitted to the page width, and no lone apostrophe anywhere."""
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    width = sheet.max_column
    if width > 1:
        assert f"A1:{openpyxl.utils.get_column_letter(width)}1" in {
            str(r) for r in sheet.merged_cells.ranges
        }
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    # one page wide (1, the default, is left out of the file), any number of pages down
    assert sheet.page_setup.fitToWidth in (None, 1) and sheet.page_setup.fitToHeight == 0
    assert sheet.print_title_rows == f"${header_row}:${header_row}"
    assert all(c.font.b for c in sheet[header_row])
    assert all(c.border.left.style == "thin" for c in sheet[header_row])
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value is None:
                continue
            assert cell.font.name == "Times New Roman", cell.coordinate
            assert not (isinstance(cell.value, str) and cell.value.startswith("'")), cell.coordinate
    return sheet
