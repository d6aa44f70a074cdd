from django import forms
from django.utils import timezone

from loa.plans.models import Channel, ReportKind

from .models import Report, ReportDeadline


class ReportCreateForm(forms.Form):
    kind = forms.ChoiceField(label="Loại báo cáo", choices=ReportKind.choices)
    year = forms.IntegerField(label="Năm", min_value=2000, max_value=2100)
    index = forms.TypedChoiceField(
        label="Quý (với báo cáo quý)",
        coerce=int,
        required=False,
        choices=[(1, "Quý I"), (2, "Quý II"), (3, "Quý III"), (4, "Quý IV")],
        empty_value=1,
    )
    start = forms.DateField(
        label="Từ ngày (báo cáo đột xuất)",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    end = forms.DateField(
        label="Đến ngày (báo cáo đột xuất)",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    requested = forms.CharField(
        label="Nội dung cấp trên yêu cầu (báo cáo đột xuất)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    due_on = forms.DateField(
        label="Hạn gửi (báo cáo đột xuất)",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def clean(self):
        data = super().clean()
        if data.get("kind") == ReportKind.AD_HOC:
            if not data.get("start") or not data.get("end"):
                self.add_error("start", "Báo cáo đột xuất cần ghi từ ngày, đến ngày.")
            elif data["end"] < data["start"]:
                self.add_error("end", "Ngày kết thúc phải sau ngày bắt đầu.")
            elif data["end"] > timezone.localdate():
                self.add_error("end", "Không báo cáo số liệu của ngày chưa tới.")
        return data


class ReportTextForm(forms.ModelForm):
    class Meta:
        model = Report
        fields = [
            "title",
            "intro",
            "direction",
            "forms_text",
            "results_text",
            "shortcomings",
            "next_steps",
            "closing",
            "addressee",
            "recipients",
            "show_parent_body",
        ]
        widgets = {
            f: forms.Textarea(attrs={"rows": 5})
            for f in [
                "intro",
                "direction",
                "forms_text",
                "results_text",
                "shortcomings",
                "next_steps",
                "closing",
                "recipients",
            ]
        }
        error_messages = {"title": {"required": "Vui lòng nhập trích yếu báo cáo."}}


_BOUNDS = {
    "invalid": "Vui lòng nhập một số nguyên (có thể âm).",
    "min_value": "Mỗi lần điều chỉnh không quá 100.000.",
    "max_value": "Mỗi lần điều chỉnh không quá 100.000.",
}


class CorrectionForm(forms.Form):
    channel = forms.ModelChoiceField(
        label="Hình thức",
        queryset=Channel.objects.all(),
        error_messages={"required": "Vui lòng chọn hình thức."},
    )
    quantity_delta = forms.IntegerField(
        label="Điều chỉnh số lượng (+/-)",
        initial=0,
        min_value=-100_000,
        max_value=100_000,
        error_messages=_BOUNDS,
    )
    participants_delta = forms.IntegerField(
        label="Điều chỉnh lượt người (+/-)",
        initial=0,
        min_value=-100_000,
        max_value=100_000,
        error_messages=_BOUNDS,
    )
    reason = forms.CharField(
        label="Lý do",
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": "Vui lòng ghi lý do điều chỉnh."},
    )


class DeadlineForm(forms.ModelForm):
    class Meta:
        model = ReportDeadline
        fields = ["kind", "year", "index", "due_on"]
        widgets = {"due_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}
        error_messages = {
            "due_on": {"required": "Vui lòng chọn hạn gửi.", "invalid": "Ngày không hợp lệ."}
        }
