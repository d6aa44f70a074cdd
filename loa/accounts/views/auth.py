from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse_lazy
from django.views.decorators.http import require_POST
from django_ratelimit.decorators import ratelimit

from ..forms import LoginForm
from ..middleware import CurrentUnitMiddleware
from ..rules import grants_of

login = auth_views.LoginView.as_view(
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


@ratelimit(key="ip", rate="5/h", method="POST", block=False)
def password_reset(request):
    """At most five reset e-mails an hour from one address: the form cannot be used to flood
    officials' mailboxes."""
    if getattr(request, "limited", False):
        messages.error(
            request,
            "Đã gửi quá nhiều yêu cầu đặt lại mật khẩu từ máy này. Vui lòng thử lại sau một giờ.",
        )
        return redirect("accounts:password_reset")
    return _password_reset(request)


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
