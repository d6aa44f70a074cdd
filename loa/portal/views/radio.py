"""The officers' pages of the monthly radio bulletin: compile a month, edit the script,
plan the airings and mark them done, print it, hand it as plain text to the smart-radio
system."""

from django.contrib import messages
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from loa.accounts.access import checked_object
from loa.accounts.rules import may

from .. import radio
from ..models import RadioBulletin
from ..radio_forms import BroadcastForm, BulletinCreateForm, BulletinScriptForm


def radio_list(request, pk):
    unit = checked_object(request)
    form = BulletinCreateForm(request.POST if request.method == "POST" else None)
    can_edit = may(request.user, "portal.run_radio", unit)
    if request.method == "POST" and can_edit and form.is_valid():
        bulletin = radio.bulletin_create(
            unit=unit,
            year=form.cleaned_data["year"],
            month=form.cleaned_data["month"],
            by=request.user,
        )
        return redirect("portal:radio_detail", pk=bulletin.pk)
    context = {
        "unit": unit,
        "form": form,
        "can_edit": can_edit,
        "bulletins": unit.radio_bulletins.annotate(
            done_count=Count("broadcasts", filter=Q(broadcasts__done_at__isnull=False))
        ).prefetch_related("broadcasts"),
    }
    return render(request, "portal/radio_list.html", context, status=400 if form.errors else 200)


def _detail(request, bulletin, *, script_form=None, slot_form=None, status=200):
    context = {
        "unit": bulletin.unit,
        "bulletin": bulletin,
        "can_edit": may(request.user, "portal.run_radio", bulletin),
        "script_form": script_form or BulletinScriptForm(instance=bulletin),
        "slot_form": slot_form or BroadcastForm(bulletin=bulletin),
        "broadcasts": bulletin.broadcasts.all(),
        "today": timezone.localdate(),
        "minutes": max(1, round(len(bulletin.script.split()) / 130)),
    }
    return render(request, "portal/radio_detail.html", context, status=status)


def radio_detail(request, pk):
    """GET shows the bulletin; POST saves the script (officers of the unit)."""
    bulletin = checked_object(request)
    if request.method != "POST":
        return _detail(request, bulletin)
    form = BulletinScriptForm(request.POST, instance=bulletin)
    if form.is_valid() and form.save_if_current():
        messages.success(request, "Đã lưu nội dung chuyên mục.")
        return redirect("portal:radio_detail", pk=bulletin.pk)
    return _detail(request, bulletin, script_form=form, status=400)


@require_POST
def radio_recompile(request, pk):
    bulletin = checked_object(request)
    radio.bulletin_recompile(bulletin=bulletin)
    messages.success(request, "Đã soạn lại nội dung từ tin, bài, thủ tục và trả lời trong tháng.")
    return redirect("portal:radio_detail", pk=bulletin.pk)


@require_POST
def radio_slot_add(request, pk):
    bulletin = checked_object(request)
    form = BroadcastForm(request.POST, bulletin=bulletin)
    if not form.is_valid():
        return _detail(request, bulletin, slot_form=form, status=400)
    slot = form.save(commit=False)
    slot.bulletin = bulletin
    slot.save()
    messages.success(request, f"Đã thêm lượt phát {slot}.")
    return redirect("portal:radio_detail", pk=bulletin.pk)


@require_POST
def radio_slot_done(request, pk):
    slot = checked_object(request)
    if slot.on > timezone.localdate():
        messages.error(request, f"Lượt phát {slot} chưa đến ngày: chưa đánh dấu đã phát được.")
    else:
        radio.broadcast_done(broadcast=slot, by=request.user)
        messages.success(request, f"Đã ghi nhận lượt phát {slot} vào nhật ký hoạt động.")
    return redirect("portal:radio_detail", pk=slot.bulletin_id)


@require_POST
def radio_slot_undo(request, pk):
    slot = checked_object(request)
    radio.broadcast_undo(broadcast=slot)
    messages.success(request, f"Đã bỏ đánh dấu lượt phát {slot}; hoạt động đã ghi được gỡ.")
    return redirect("portal:radio_detail", pk=slot.bulletin_id)


@require_POST
def radio_slot_delete(request, pk):
    slot = checked_object(request)
    if slot.done:
        messages.error(request, "Lượt phát đã phát: hãy bỏ đánh dấu trước khi xóa.")
    else:
        slot.delete()
        messages.success(request, "Đã xóa lượt phát.")
    return redirect("portal:radio_detail", pk=slot.bulletin_id)


def radio_print(request, pk):
    bulletin = checked_object(request)
    context = {"bulletin": bulletin, "unit": bulletin.unit, "broadcasts": bulletin.broadcasts.all()}
    return render(request, "portal/radio_print.html", context)


def radio_text(request, pk):
    """The script as UTF-8 plain text, what the smart-radio system's text-to-speech reads."""
    bulletin: RadioBulletin = checked_object(request)
    response = HttpResponse(bulletin.script + "\n", content_type="text/plain; charset=utf-8")
    name = f"chuyen-muc-cchc-{bulletin.year}-{bulletin.month:02d}.txt"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
