"""The unit admin's page for the unit's public contact details."""

from django.contrib import messages
from django.shortcuts import redirect, render

from loa.accounts.access import checked_object

from ..caching import public_pages_changed
from ..forms import ContactForm
from ..models import UnitContact


def contact_edit(request, pk):
    """The unit admin publishes the unit's address, hotline and e-mail."""
    unit = checked_object(request)
    contact = UnitContact.objects.filter(unit=unit).first() or UnitContact(unit=unit)
    form = ContactForm(request.POST if request.method == "POST" else None, instance=contact)
    if request.method == "POST" and form.is_valid() and form.save_if_current():
        public_pages_changed()
        messages.success(request, "Đã lưu thông tin liên hệ công khai của đơn vị.")
        return redirect("portal:unit_site", code=unit.code)
    return render(
        request,
        "portal/contact_edit.html",
        {"unit": unit, "form": form},
        status=400 if form.errors else 200,
    )
