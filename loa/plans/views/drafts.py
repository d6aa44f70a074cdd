from functools import wraps

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django_fsm import ConcurrentTransition

from ..services import PlanNotEditable


def editing_draft(view):
    """Views that change a draft: if the plan left the draft state meanwhile (submitted by
    a colleague), say so and show the plan; the transaction rolled everything back."""

    @wraps(view)
    def wrapper(request, pk, *args, **kwargs):
        try:
            return view(request, pk, *args, **kwargs)
        except (PlanNotEditable, ConcurrentTransition):
            messages.error(request, PlanNotEditable().messages[0])
            if request.htmx:
                response = HttpResponse(status=204)
                response["HX-Redirect"] = reverse("plans:detail", args=[pk])
                return response
            return redirect("plans:detail", pk=pk)

    return wrapper
