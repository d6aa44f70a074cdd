from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.core.exceptions import PermissionDenied
from django.forms.forms import NON_FIELD_ERRORS
from django.shortcuts import redirect
from django.urls import reverse_lazy
from django.views.decorators.http import require_POST
from django_ratelimit.core import is_ratelimited

from ..clientip import client_ip
from ..forms import LoginForm
from ..middleware import CurrentUnitMiddleware
from ..rules import grants_of


class _LoginView(auth_views.LoginView):
    def form_invalid(self, form):
        response = super().form_invalid(form)
        if form.has_error(NON_FIELD_ERRORS, "slowed"):
            response.status_code = 429  # Too Many Requests: the message says how long
        return response


login = _LoginView.as_view(
    template_name="accounts/login.html",
    authentication_form=LoginForm,
    redirect_authenticated_user=True,
)
logout = auth_views.LogoutView.as_view()
password_change = auth_views.PasswordChangeView.as_view(
    template_name="accounts/password_change.html",
    success_url=reverse_lazy("accounts:password_change_done"),
)
password_change_done = auth_views.PasswordChangeDoneView.as_view(
    template_name="accounts/password_change_done.html"
)
_password_reset = auth_views.PasswordResetView.as_view(
    template_name="accounts/password_reset.html",
    email_template_name="accounts/email/password_reset.txt",
    subject_template_name="accounts/email/password_reset_subject.txt",
    success_url=reverse_lazy("accounts:password_reset_done"),
)


RESET_PER_ADDRESS = "5/h"
RESET_PER_ACCOUNT = "3/h"


def _email_key(group, request) -> str:
    return request.POST.get("email", "").strip().casefold()


def password_reset(request):
    """At most five reset requests an hour from one address, said to that address; and at
    most three e-mails an hour to one mailbox, silently (the page reads as if sent, so it
    tells no one whether the account exists), so the form cannot flood officials' mailboxes
    from many addresses either (ADR 20)."""
    if request.method == "POST":
        if is_ratelimited(
            request, group="password_reset", key=_ip_key, rate=RESET_PER_ADDRESS, increment=True
        ):
            messages.error(
                request,
                "Đã gửi quá nhiều yêu cầu đặt lại mật khẩu từ máy này. "
                "Vui lòng thử lại sau một giờ.",
            )
            return redirect("accounts:password_reset")
        if is_ratelimited(
            request,
            group="password_reset_account",
            key=_email_key,
            rate=RESET_PER_ACCOUNT,
            increment=True,
        ):
            return redirect("accounts:password_reset_done")
    return _password_reset(request)


def _ip_key(group, request) -> str:
    return client_ip(request)


password_reset_done = auth_views.PasswordResetDoneView.as_view(
    template_name="accounts/password_reset_done.html"
)
password_reset_confirm = auth_views.PasswordResetConfirmView.as_view(
    template_name="accounts/password_reset_confirm.html",
    success_url=reverse_lazy("accounts:password_reset_complete"),
)
password_reset_complete = auth_views.PasswordResetCompleteView.as_view(
    template_name="accounts/password_reset_complete.html"
)


@require_POST
def switch_unit(request):
    try:
        unit_id = int(request.POST.get("unit", ""))
    except ValueError:
        unit_id = None
    if unit_id not in {g.unit_id for g in grants_of(request.user)}:
        raise PermissionDenied("Bạn không có vai trò tại đơn vị này.")
    request.session[CurrentUnitMiddleware.SESSION_KEY] = unit_id
    messages.success(request, "Đã chuyển đơn vị làm việc.")
    # Home, not the page the user was on: that page belonged to the other unit.
    return redirect("home")
