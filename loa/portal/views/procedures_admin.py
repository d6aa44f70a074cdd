"""The officers' side of the procedures: the desk page of a unit (the list to post as
DOCX/PDF, the postings, each of which logs an activity) and the province's import of an
announcing decision from its spreadsheet: upload, preview every row, confirm (ADR 27)."""

import datetime
import json
import uuid

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from loa.accounts.access import checked_object
from loa.accounts.rules import may
from loa.core.http import download
from loa.documents.docx import render_docx
from loa.documents.pdf import render_pdf

from .. import queries
from ..models import ChangeStatus
from ..procedure_import import check_rows, read_rows, template_xlsx
from ..procedure_posting_document import posting_document
from ..procedures_forms import PostingForm, ProcedureImportForm
from ..services import procedure_posting_record, procedures_import

PENDING_DIR = "nhap-tam"  # shared with the activity import: the daily job empties it
SESSION_KEY = "loa_procedure_import"


def procedure_desk(request, pk):
    unit = checked_object(request)
    decisions = queries.announcements_for(unit)
    form = PostingForm(request.POST or None, decisions=decisions)
    in_force = queries.procedures_for(unit).count()
    can_post = may(request.user, "portal.post_procedures", unit)
    if request.method == "POST" and can_post and form.is_valid():
        data = form.cleaned_data
        procedure_posting_record(
            unit=unit,
            posted_on=data["posted_on"],
            at_desk=data["at_desk"],
            on_portal=data["on_portal"],
            decision_number=data["decision_number"],
            decision_date=data["decision_date"],
            procedures=in_force,
            by=request.user,
            request=request,
        )
        messages.success(
            request,
            "Đã ghi nhận lần niêm yết; hoạt động “Niêm yết công khai thủ tục hành chính” được "
            "ghi vào nhật ký và tính vào báo cáo kỳ này.",
        )
        return redirect("portal:procedure_desk", pk=unit.pk)
    context = {
        "unit": unit,
        "form": form,
        "in_force": in_force,
        "can_post": can_post,
        "decisions": decisions,
        "postings": unit.procedure_postings.select_related("created_by")[:50],
    }
    return render(
        request, "portal/procedure_desk.html", context, status=400 if form.errors else 200
    )


def procedure_list_file(request, pk, kind):
    unit = checked_object(request)
    document = posting_document(unit)
    write = render_pdf if kind == "pdf" else render_docx
    return download(write(document), f"danh-muc-thu-tuc-{unit.code}.{kind}")


def import_template(request):
    return download(template_xlsx(), "mau-danh-muc-thu-tuc.xlsx")


def import_upload(request):
    province = checked_object(request)
    form = ProcedureImportForm(request.POST or None, request.FILES or None)
    context = {"unit": province, "form": form}
    if request.method != "POST":
        return render(request, "portal/procedure_import.html", context)
    if not form.is_valid():
        return render(request, "portal/procedure_import.html", context, status=400)
    data = form.cleaned_data
    try:
        items = read_rows(data["file"])
    except ValidationError as error:
        form.add_error("file", error.messages[0])
        return render(request, "portal/procedure_import.html", context, status=400)
    rows = check_rows(items, level=data["level"], province=province)
    # the rows read are kept, not the file: confirming checks them again, the catalogue
    # may have changed meanwhile
    token = uuid.uuid4().hex
    kept = {
        "rows": items,
        "level": data["level"],
        "decision_number": data["decision_number"],
        "decision_date": data["decision_date"].isoformat(),
    }
    name = default_storage.save(
        f"{PENDING_DIR}/{token}.json", ContentFile(json.dumps(kept, ensure_ascii=False).encode())
    )
    pending = {
        key: entry
        for key, entry in request.session.get(SESSION_KEY, {}).items()
        if default_storage.exists(entry["file"])
    }
    pending[token] = {"file": name, "unit": province.pk, "original": data["file"].name}
    request.session[SESSION_KEY] = pending
    context.update(
        rows=rows,
        token=token,
        original=data["file"].name,
        invalid=sum(1 for r in rows if r.errors),
        decision=kept,
        decision_date=data["decision_date"],
        level_label=dict(form.fields["level"].choices)[data["level"]],
    )
    return render(request, "portal/procedure_import_preview.html", context)


@require_POST
def import_confirm(request):
    province = checked_object(request)
    uploads = request.session.get(SESSION_KEY, {})
    token = request.POST.get("token", "")
    pending = uploads.get(token) if isinstance(uploads, dict) else None
    if not pending or pending["unit"] != province.pk or not default_storage.exists(pending["file"]):
        messages.error(request, "Phiên nhập đã hết hạn: vui lòng tải tệp lên lại.")
        return redirect("portal:procedure_import")
    with default_storage.open(pending["file"], "rb") as stored:
        kept = json.loads(stored.read())
    rows = check_rows(kept["rows"], level=kept["level"], province=province)
    invalid = sum(1 for r in rows if r.errors)
    if invalid:
        messages.error(
            request,
            f"Danh mục còn {invalid} dòng lỗi: chưa nhập thủ tục nào. Sửa tệp rồi tải lên lại.",
        )
        return redirect("portal:procedure_import")
    counts = procedures_import(
        rows=[r.imported() for r in rows],
        level=kept["level"],
        province=province,
        decision_number=kept["decision_number"],
        decision_date=datetime.date.fromisoformat(kept["decision_date"]),
    )
    default_storage.delete(pending["file"])
    del uploads[token]
    request.session[SESSION_KEY] = uploads
    parts = [
        f"{counts[s]} {ChangeStatus(s).label.lower()}" for s in ChangeStatus.values if counts[s]
    ]
    messages.success(
        request,
        f"Đã nhập {sum(counts.values())} thủ tục theo Quyết định số {kept['decision_number']}: "
        + ", ".join(parts)
        + ".",
    )
    return redirect("portal:procedure_import")
