"""Bulk import from Loa's Excel template: upload, see every row checked, then save."""

import uuid

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from loa.accounts.access import checked_object
from loa.core.http import download

from ..exports import import_template
from ..importing import read_rows, rows_save

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
        rows = read_rows(file, unit=unit)
    except ValidationError as error:
        return render(
            request,
            "activities/import.html",
            {"unit": unit, "file_error": error.messages[0]},
            status=400,
        )
    # Keep the file until the user decides; the decision re-reads and re-checks it.
    file.seek(0)
    token = uuid.uuid4().hex
    name = default_storage.save(f"nhap-tam/{token}.xlsx", file)
    # one entry per upload, so that two tabs importing two files never mix them up
    pending = request.session.get(SESSION_KEY, {})
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
        stored.size = default_storage.size(pending["file"])
        try:
            rows = read_rows(stored, unit=unit)
        except ValidationError as error:
            messages.error(request, error.messages[0])
            return redirect("activities:import")
    invalid = sum(1 for r in rows if r.errors)
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
