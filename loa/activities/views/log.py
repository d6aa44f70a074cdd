"""The activity log: quick entry, the list with filters and totals, editing, evidence."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_POST

from loa.accounts.access import checked_object
from loa.accounts.rules import may
from loa.core.http import download

from .. import queries, services
from ..exports import activities_workbook
from ..filters import ActivityFilter
from ..forms import ActivityForm


def index(request):
    unit = checked_object(request)
    filters = ActivityFilter(request.GET or None, unit=unit)
    activities = filters.qs
    page = Paginator(activities, 50).get_page(request.GET.get("trang"))
    context = {
        "unit": unit,
        "form": filters.form,
        "page": page,
        "totals": queries.totals_by_channel(activities),
        "can_add": may(request.user, "activities.add_activity", unit),
        # the filters, without the page number (the paging links add their own)
        "query": _without_page(request.GET),
    }
    return render(request, "activities/index.html", context)


def _without_page(params) -> str:
    params = params.copy()
    params.pop("trang", None)
    return params.urlencode()


def create(request):
    unit = checked_object(request)
    initial = {"task": request.GET.get("nhiem_vu")} if request.GET.get("nhiem_vu") else {}
    form = ActivityForm(request.POST or None, request.FILES or None, unit=unit, initial=initial)
    if request.method == "POST" and form.is_valid():
        activity = services.activity_create(
            form=form, unit=unit, by=request.user, uploads=form.cleaned_data["files"]
        )
        messages.success(request, f"Đã ghi nhận “{activity.title}”.")
        if "them_nua" in request.POST:
            return redirect("activities:create")
        return redirect("activities:detail", pk=activity.pk)
    status = 400 if form.errors else 200
    return render(request, "activities/form.html", {"unit": unit, "form": form}, status=status)


def detail(request, pk):
    activity = checked_object(request)
    can_change = may(request.user, "activities.change_activity", activity.unit)
    form = None
    if can_change:
        form = ActivityForm(
            request.POST or None, request.FILES or None, instance=activity, unit=activity.unit
        )
        if (
            request.method == "POST"
            and form.is_valid()
            and form.save_if_current(lambda: _save(form, activity, by=request.user))
        ):
            messages.success(request, "Đã lưu hoạt động.")
            return redirect("activities:detail", pk=activity.pk)
    elif request.method == "POST":
        raise Http404
    context = {
        "activity": activity,
        "form": form,
        "can_change": can_change,
        "evidence": activity.evidence.all(),
        "history": activity.history.select_related("history_user")[:20],
    }
    status = 400 if form is not None and form.errors else 200
    return render(request, "activities/detail.html", context, status=status)


def _save(form, activity, *, by):
    form.save()
    for upload in form.cleaned_data["files"]:
        services.evidence_add(activity=activity, upload=upload, by=by)


@require_POST
def delete(request, pk):
    activity = checked_object(request)
    title = activity.title
    services.activity_delete(activity=activity)
    messages.success(request, f"Đã xóa hoạt động “{title}”.")
    return redirect("activities:index")


def evidence_file(request, pk, evidence_pk, variant="file"):
    activity = checked_object(request)
    evidence = get_object_or_404(activity.evidence, pk=evidence_pk)
    thumb = variant == "thu-nho" and bool(evidence.thumbnail)
    stored = evidence.thumbnail if thumb else evidence.file
    response = FileResponse(
        stored.open("rb"), content_type="image/jpeg" if thumb else evidence.content_type
    )
    inline = evidence.is_image or evidence.content_type == "application/pdf"
    response["Content-Disposition"] = content_disposition_header(not inline, evidence.original_name)
    response["X-Content-Type-Options"] = "nosniff"
    patch_cache_control(response, private=True, max_age=3600)
    return response


@require_POST
def evidence_delete(request, pk, evidence_pk):
    activity = checked_object(request)
    evidence = get_object_or_404(activity.evidence, pk=evidence_pk)
    services.evidence_delete(evidence=evidence)
    messages.success(request, f"Đã xóa tệp “{evidence.original_name}”.")
    return redirect("activities:detail", pk=activity.pk)


def export(request):

    unit = checked_object(request)
    filters = ActivityFilter(request.GET or None, unit=unit)
    return download(activities_workbook(unit, filters.qs), f"hoat-dong-{unit.code}.xlsx")
