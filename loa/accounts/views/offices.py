"""Unit admins keep the list of the unit's offices that plans assign work to."""

from django.contrib import messages
from django.shortcuts import redirect, render

from loa.accounts.access import checked_object

from ..forms import OfficeForm


def office_list(request, unit_pk):
    unit = checked_object(request)
    form = OfficeForm(request.POST or None, unit=unit)
    if request.method == "POST" and form.is_valid():
        office = form.save(commit=False)
        office.unit = unit
        office.save()
        messages.success(request, f"Đã thêm {office.name}.")
        return redirect("accounts:office_list", unit_pk=unit.pk)
    if request.method == "POST":
        messages.error(request, "Chưa thêm được: vui lòng sửa các ô được đánh dấu.")
    context = {"unit": unit, "offices": unit.offices.all(), "form": form}
    return render(request, "accounts/office_list.html", context, status=400 if form.errors else 200)


def office_edit(request, pk):
    office = checked_object(request)
    form = OfficeForm(request.POST or None, instance=office, unit=office.unit)
    if request.method == "POST" and form.is_valid() and form.save_if_current():
        messages.success(request, f"Đã lưu {office.name}.")
        return redirect("accounts:office_list", unit_pk=office.unit_id)
    context = {"office": office, "unit": office.unit, "form": form}
    return render(request, "accounts/office_edit.html", context, status=400 if form.errors else 200)
