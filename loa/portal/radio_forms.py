"""Forms of the radio bulletin: the month to compile, the script, an airing."""

import datetime

from django import forms
from django.utils import timezone

from loa.core.concurrency import VersionedForm

from .models import Broadcast, RadioBulletin

MONTHS = [(m, f"Tháng {m}") for m in range(1, 13)]


class BulletinCreateForm(forms.Form):
    month = forms.TypedChoiceField(label="Tháng", choices=MONTHS, coerce=int)
    year = forms.IntegerField(
        label="Năm",
        min_value=2020,
        error_messages={
            "min_value": "Năm phải từ 2020 trở đi.",
            "invalid": "Năm phải là một số, ví dụ 2026.",
            "required": "Hãy nhập năm.",
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        today = timezone.localdate()
        self.fields["year"].widget.attrs["max"] = today.year + 1
        self.initial.setdefault("month", today.month)
        self.initial.setdefault("year", today.year)

    def clean_year(self):
        year = self.cleaned_data["year"]
        if year > timezone.localdate().year + 1:
            raise forms.ValidationError("Chỉ soạn được chuyên mục đến năm sau.")
        return year


class BulletinScriptForm(VersionedForm, forms.ModelForm):
    class Meta:
        model = RadioBulletin
        fields = ["title", "script"]
        widgets = {"script": forms.Textarea(attrs={"rows": 24})}
        error_messages = {
            "title": {"required": "Hãy nhập tiêu đề chuyên mục."},
            "script": {
                "required": "Nội dung đọc trên sóng không được để trống.",
                "max_length": "Nội dung dài quá 20.000 ký tự (khoảng 40 phút đọc); hãy rút gọn.",
            },
        }


class BroadcastForm(forms.ModelForm):
    class Meta:
        model = Broadcast
        fields = ["on", "at"]
        widgets = {
            "on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "at": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        }
        error_messages = {
            "on": {"required": "Hãy chọn ngày phát.", "invalid": "Ngày phát không hợp lệ."},
            "at": {
                "required": "Hãy chọn giờ phát.",
                "invalid": "Giờ phát không hợp lệ, ví dụ 17:00.",
            },
        }

    def __init__(self, *args, bulletin: RadioBulletin, **kwargs):
        super().__init__(*args, **kwargs)
        self.bulletin = bulletin
        self.initial.setdefault("at", datetime.time(17, 0))

    def clean(self):
        cleaned = super().clean()
        on, at = cleaned.get("on"), cleaned.get("at")
        if on and (on.year, on.month) < (self.bulletin.year, self.bulletin.month):
            self.add_error("on", "Ngày phát không được trước tháng của chuyên mục.")
        if on and at and self.bulletin.broadcasts.filter(on=on, at=at).exists():
            self.add_error("at", "Đã có lượt phát vào ngày giờ này.")
        return cleaned
