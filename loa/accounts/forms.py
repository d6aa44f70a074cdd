import re

from django import forms
from django.contrib.auth import forms as auth_forms
from django.contrib.auth.password_validation import validate_password

from loa.core.concurrency import VersionedForm
from loa.units.models import Office, Unit

from . import throttle
from .clientip import client_ip
from .models import POSITION_SUGGESTIONS, Membership, Role, User
from .services import FROM_ABOVE, grant_refusal, grantable_roles


def _limit_roles(field, *, by, unit, keep=()):
    """Offer only the roles `by` may give in `unit`, and say why the others are missing."""
    allowed = set(grantable_roles(by=by, unit=unit)) | set(keep)
    field.choices = [(value, label) for value, label in Role.choices if value in allowed]
    if len(allowed) < len(Role.values):
        field.help_text = FROM_ABOVE
        field.error_messages["invalid_choice"] = FROM_ABOVE


class PositionInput(forms.TextInput):
    """A text box that suggests the usual positions (an HTML datalist) but takes any."""

    template_name = "accounts/widgets/position.html"

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        list_id = f"{context['widget']['attrs'].get('id', name)}-goi-y"
        context["widget"]["attrs"]["list"] = list_id
        context["widget"]["list_id"], context["widget"]["suggestions"] = (
            list_id,
            POSITION_SUGGESTIONS,
        )
        return context


class LoginForm(auth_forms.AuthenticationForm):
    username = auth_forms.UsernameField(
        label="Tên đăng nhập",
        widget=forms.TextInput(attrs={"autofocus": True, "autocomplete": "username"}),
    )
    password = forms.CharField(
        label="Mật khẩu",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    error_messages = {
        "invalid_login": "Tên đăng nhập hoặc mật khẩu không đúng. Vui lòng kiểm tra lại.",
        "inactive": "Tài khoản này đã bị khóa. Vui lòng liên hệ quản trị đơn vị.",
        "slowed": "Tên đăng nhập này vừa bị nhập sai mật khẩu nhiều lần từ nhiều nơi. Để bảo vệ "
        "tài khoản, vui lòng đợi %(seconds)s giây rồi đăng nhập lại.",
    }

    def clean(self):
        """A name tried from many addresses waits before the password is even checked; a
        failure is counted for the name (throttle.py), a success makes the address known."""
        username = self.cleaned_data.get("username", "")
        address = client_ip(self.request) if self.request else ""
        seconds = throttle.wait_seconds(username, address)
        if seconds:
            raise forms.ValidationError(
                self.error_messages["slowed"], code="slowed", params={"seconds": seconds}
            )
        try:
            data = super().clean()
        except forms.ValidationError as error:
            if error.code == "invalid_login" and not getattr(self.request, "axes_locked_out", 0):
                throttle.failed(username)
            raise
        if self.user_cache is not None:
            throttle.succeeded(username, address)
        return data


class MemberAddForm(forms.Form):
    """Add a person to the unit: a new account, or an existing one by its user name."""

    username = forms.RegexField(
        label="Tên đăng nhập",
        max_length=150,
        regex=re.compile(r"^[\w.@+-]+$", re.ASCII),
        error_messages={"invalid": "Tên đăng nhập chỉ gồm chữ không dấu, số và . @ + - _"},
    )
    full_name = forms.CharField(label="Họ và tên", max_length=150, required=False)
    position = forms.CharField(
        label="Chức vụ",
        max_length=100,
        required=False,
        help_text=Membership._meta.get_field("position").help_text,
        widget=PositionInput(),
    )
    email = forms.EmailField(label="Thư điện tử", required=False)
    role = forms.ChoiceField(label="Vai trò", choices=Role.choices)
    office = forms.ModelChoiceField(
        label="Cơ quan, bộ phận",
        queryset=Office.objects.none(),
        required=False,
        empty_label="(không gắn bộ phận)",
    )
    password = forms.CharField(
        label="Mật khẩu ban đầu",
        required=False,
        strip=False,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
        help_text="Bắt buộc khi tạo tài khoản mới; bỏ trống nếu người này đã có tài khoản.",
    )

    def __init__(self, *args, unit, by, **kwargs):
        super().__init__(*args, **kwargs)
        self.unit, self.by = unit, by
        self.fields["office"].queryset = unit.offices.filter(is_active=True)
        _limit_roles(self.fields["role"], by=by, unit=unit)

    def clean(self):
        data = super().clean()
        username = data.get("username")
        if not username:
            return data
        self.existing_user = User.objects.filter(username__iexact=username).first()
        refusal = data.get("role") and grant_refusal(
            by=self.by, unit=self.unit, roles={data["role"]}, user=self.existing_user
        )
        if self.existing_user == self.by:
            self.add_error("username", "Bạn không thể tự thêm vai trò cho chính mình.")
        elif refusal:
            self.add_error("role" if refusal == FROM_ABOVE else "username", refusal)
        elif self.existing_user is None:
            if not data.get("full_name"):
                self.add_error("full_name", "Vui lòng nhập họ và tên cho tài khoản mới.")
            password = data.get("password")
            if not password:
                self.add_error("password", "Vui lòng đặt mật khẩu ban đầu cho tài khoản mới.")
            else:
                try:
                    validate_password(
                        password, User(username=username, email=data.get("email", ""))
                    )
                except forms.ValidationError as error:
                    self.add_error("password", error)
        elif Membership.objects.filter(
            user=self.existing_user, unit=self.unit, role=data.get("role")
        ).exists():
            self.add_error("role", "Người này đã có vai trò này tại đơn vị.")
        return data


class MembershipForm(VersionedForm, forms.ModelForm):
    conflict_what = "vai trò này"

    class Meta:
        model = Membership
        fields = ["role", "position", "delegation", "office", "is_active"]
        widgets = {"position": PositionInput()}

    def __init__(self, *args, by, **kwargs):
        super().__init__(*args, **kwargs)
        self.by = by
        unit = self.instance.unit
        self.fields["office"].queryset = unit.offices.filter(is_active=True)
        self.fields["office"].empty_label = "(không gắn bộ phận)"
        _limit_roles(self.fields["role"], by=by, unit=unit, keep=[self.instance.role])

    def clean_role(self):
        role = self.cleaned_data["role"]
        refusal = grant_refusal(
            by=self.by,
            unit=self.instance.unit,
            roles={self.instance.role, role},
            user=self.instance.user,
        )
        if refusal:
            raise forms.ValidationError(refusal)
        clash = Membership.objects.filter(
            user=self.instance.user, unit=self.instance.unit, role=role
        ).exclude(pk=self.instance.pk)
        if clash.exists():
            raise forms.ValidationError("Người này đã có vai trò này tại đơn vị.")
        return role


class OfficeForm(VersionedForm, forms.ModelForm):
    conflict_what = "cơ quan, bộ phận này"

    class Meta:
        model = Office
        fields = ["name", "abbreviation", "order", "is_active"]

    def __init__(self, *args, unit, **kwargs):
        super().__init__(*args, **kwargs)
        self.unit = unit

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        clash = Office.objects.filter(unit=self.unit, name__iexact=name).exclude(
            pk=self.instance.pk
        )
        if clash.exists():
            raise forms.ValidationError("Đơn vị đã có cơ quan, bộ phận mang tên này.")
        return name


class UnitSearchForm(forms.Form):
    q = forms.CharField(label="Tìm đơn vị", required=False, max_length=100)


class UnitSettingsForm(forms.ModelForm):
    class Meta:
        model = Unit
        fields = ["deputy_signs_under_collective"]
        help_texts = {
            "deputy_signs_under_collective": "Bật: “TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ "
            "CHỦ TỊCH”. Tắt: “KT. CHỦ TỊCH / PHÓ CHỦ TỊCH” (như Nghị định 30/2020/NĐ-CP)."
        }
