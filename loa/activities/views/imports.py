"""Bulk import from Loa's Excel template: upload, see every row checked, then save."""

import json
import uuid

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from loa.accounts.access import checked_object
from loa.core.http import download

from ..exports import import_template
from ..importing import PENDING_DIR, check_rows, read_sheet, rows_save

SESSION_KEY = "loa_import"


def template(request):
    unit = checked_object(request)
    return download(import_template(unit), "mau-nhap-hoat-dong.xlsx")


def upload(request):
    unit = checked_object(request)
    if request.method != "POST":
        return render(request, "activities/import.html", {"unit": unit})
    file = request.FILES.get("tep")
    if file is None:
        messages.error(request, "Vui lòng chọn tệp Excel để nhập.")
        return render(request, "activities/import.html", {"unit": unit}, status=400)
    try:
        items = read_sheet(file)
    except ValidationError as error:
        return render(
            request,
            "activities/import.html",
            {"unit": unit, "file_error": error.messages[0]},
            status=400,
        )
    rows = check_rows(items, unit=unit)
    # Keep the rows read, not the file, until the user decides: confirming checks them again
    # through the form without parsing the workbook a second time. Rows with errors are
    # never saved, so only their number is kept.
    token = uuid.uuid4().hex
    kept = {
        "rows": [[r.number, r.data] for r in rows if not r.errors],
        "invalid": sum(1 for r in rows if r.errors),
    }
    name = default_storage.save(
        f"{PENDING_DIR}/{token}.json", ContentFile(json.dumps(kept, ensure_ascii=False).encode())
    )
    # one entry per upload, so that two tabs importing two files never mix them up; those
    # whose rows the daily job removed go
    pending = {
        key: entry
        for key, entry in request.session.get(SESSION_KEY, {}).items()
        if default_storage.exists(entry["file"])
    }
    pending[token] = {"file": name, "unit": unit.pk, "original": file.name}
    request.session[SESSION_KEY] = pending
    context = {
        "unit": unit,
        "rows": rows,
        "original": file.name,
        "token": token,
        "valid": sum(1 for r in rows if r.ok),
        "invalid": sum(1 for r in rows if r.errors),
        "duplicates": sum(1 for r in rows if r.duplicate),
    }
    return render(request, "activities/import_preview.html", context)


@require_POST
def confirm(request):
    unit = checked_object(request)
    uploads = request.session.get(SESSION_KEY, {})
    token = request.POST.get("token", "")
    pending = uploads.get(token) if isinstance(uploads, dict) else None
    if not pending or pending["unit"] != unit.pk or not default_storage.exists(pending["file"]):
        messages.error(request, "Phiên nhập đã hết hạn: vui lòng tải tệp lên lại.")
        return redirect("activities:import")
    with default_storage.open(pending["file"], "rb") as stored:
        kept = json.loads(stored.read())
    rows = check_rows([(number, data) for number, data in kept["rows"]], unit=unit)
    invalid = kept["invalid"] + sum(1 for r in rows if r.errors)
    if invalid and request.POST.get("che_do") != "chi_dong_hop_le":
        messages.error(
            request,
            f"Tệp còn {invalid} dòng lỗi: chưa lưu dòng nào. Sửa tệp rồi "
            "tải lên lại, hoặc chọn chỉ lưu các dòng hợp lệ.",
        )
        return redirect("activities:import")
    saved = rows_save(rows=rows, unit=unit, by=request.user)
    default_storage.delete(pending["file"])
    del uploads[token]
    request.session[SESSION_KEY] = uploads
    skipped = sum(1 for r in rows if r.duplicate)
    text = f"Đã nhập {saved} hoạt động từ “{pending['original']}”."
    if skipped:
        text += f" Bỏ qua {skipped} dòng đã nhập trước đây."
    if invalid:
        text += f" Không lưu {invalid} dòng lỗi."
    messages.success(request, text)
    return redirect("activities:index")
