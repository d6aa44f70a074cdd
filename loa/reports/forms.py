from django import forms
from django.utils import timezone

from loa.core.concurrency import ConflictRow, VersionedForm
from loa.core.limits import check_text, limit_text
from loa.core.params import FIRST_YEAR, DayField
from loa.plans.models import Channel, ReportKind

from .models import Report, ReportCorrection, ReportDeadline
from .periods import period_of, report_year_refusal


class ReportCreateForm(forms.Form):
    kind = forms.ChoiceField(label="Loại báo cáo", choices=ReportKind.choices)
    year = forms.IntegerField(
        label="Năm",
        min_value=FIRST_YEAR,
        error_messages={
            "required": "Vui lòng nhập năm báo cáo.",
            "invalid": "Năm báo cáo phải là một số, ví dụ 2026.",
            "min_value": f"Loa chỉ lưu báo cáo từ năm {FIRST_YEAR}.",
        },
    )
    index = forms.TypedChoiceField(
        label="Quý (với báo cáo quý)",
        coerce=int,
        required=False,
        choices=[(1, "Quý I"), (2, "Quý II"), (3, "Quý III"), (4, "Quý IV")],
        empty_value=1,
    )
    start = DayField(
        label="Từ ngày (báo cáo đột xuất)",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    end = DayField(
        label="Đến ngày (báo cáo đột xuất)",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    requested = forms.CharField(
        label="Nội dung cấp trên yêu cầu (báo cáo đột xuất)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        validators=[check_text],
    )
    due_on = DayField(
        label="Hạn gửi (báo cáo đột xuất)",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def clean_year(self):
        year = self.cleaned_data["year"]
        refusal = report_year_refusal(year)
        if refusal:
            raise forms.ValidationError(refusal)
        return year

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


class ReportTextForm(VersionedForm, forms.ModelForm):
    conflict_what = "lời văn báo cáo này"

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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limit_text(*(self.fields[f] for f in self.Meta.widgets))


_BOUNDS = {
    "invalid": "Vui lòng nhập một số nguyên (có thể âm).",
    "min_value": "Mỗi lần điều chỉnh không quá 100.000.",
    "max_value": "Mỗi lần điều chỉnh không quá 100.000.",
}


class CorrectionForm(VersionedForm, forms.Form):
    """A correction is a new row, but one typed on a page opened before another correction
    was recorded could double it: its version is the report's list of corrections."""

    conflict_what = "số liệu điều chỉnh của báo cáo này"

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
        validators=[check_text],
        error_messages={"required": "Vui lòng ghi lý do điều chỉnh."},
    )

    def __init__(self, *args, report=None, **kwargs):
        self.report = report
        super().__init__(*args, **kwargs)

    def is_edit(self) -> bool:
        return self.report is not None

    def stored_object(self, lock: bool = False):
        rows = Report.objects.filter(pk=self.report.pk)
        return (rows.select_for_update() if lock else rows).first()

    def version_data(self, stored) -> dict:
        rows = ReportCorrection.objects.filter(report=stored).order_by("pk")
        return {"corrections": [f"{c.pk}:{c.withdrawn_at}" for c in rows]}

    def conflict_rows(self, stored) -> list[ConflictRow]:
        in_force = ReportCorrection.objects.filter(report=stored, withdrawn_at__isnull=True)
        recorded = [
            f"{_correction_line(c.channel, c.quantity_delta, c.participants_delta, c.reason)}"
            f" ({c.created_by or 'không rõ người ghi'}, {_moment(c.created_at)})"
            for c in in_force.select_related("channel", "created_by").order_by("pk")
        ]
        data = self.cleaned_data if hasattr(self, "cleaned_data") else {}
        typed = _correction_line(
            data.get("channel") or "(chưa chọn hình thức)",
            data.get("quantity_delta") or 0,
            data.get("participants_delta") or 0,
            self.data.get(self.add_prefix("reason"), ""),
        )
        return [
            ConflictRow(
                "Điều chỉnh số liệu",
                "\n".join(recorded) or "(không còn điều chỉnh nào)",
                typed,
            )
        ]

    def last_change(self, stored):
        history = ReportCorrection.history.filter(report_id=stored.pk)
        return history.select_related("history_user").first()


def _moment(value) -> str:
    return f"{timezone.localtime(value):%H:%M ngày %d/%m/%Y}"


def _correction_line(channel, quantity: int, participants: int, reason: str) -> str:
    return f"{channel}: {quantity:+d} số lượng, {participants:+d} lượt người — {reason.strip()}"


class DeadlineForm(forms.ModelForm):
    """The deadline the upper level sets for a period's reports: a real period (quarter I
    to IV, a year Loa holds up to next year), due after the period's cut-off day and by the
    end of the next year at the latest."""

    index = forms.TypedChoiceField(
        label="Kỳ (quý, với báo cáo quý)",
        coerce=int,
        choices=[(1, "Quý I"), (2, "Quý II"), (3, "Quý III"), (4, "Quý IV")],
        initial=1,
        error_messages={"invalid_choice": "Kỳ báo cáo quý phải là quý I, II, III hoặc IV."},
    )

    class Meta:
        model = ReportDeadline
        fields = ["kind", "year", "index", "due_on"]
        widgets = {"due_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}
        error_messages = {
            "year": {"invalid": "Năm phải là một số, ví dụ 2026."},
            "due_on": {"required": "Vui lòng chọn hạn gửi.", "invalid": "Ngày không hợp lệ."},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [
            (value, label) for value, label in ReportKind.choices if value != ReportKind.AD_HOC
        ]
        self.fields["kind"].error_messages["invalid_choice"] = (
            "Chỉ đặt hạn cho báo cáo quý, 6 tháng, 9 tháng hoặc năm."
        )

    def clean_year(self):
        year = self.cleaned_data["year"]
        last = timezone.localdate().year + 1  # next year's deadlines are set in December
        if not FIRST_YEAR <= year <= last:
            raise forms.ValidationError(f"Năm phải từ {FIRST_YEAR} đến {last}.")
        return year

    def clean(self):
        data = super().clean()
        kind, year, due_on = data.get("kind"), data.get("year"), data.get("due_on")
        if kind and kind != ReportKind.QUARTER:
            data["index"] = 1  # only quarters have more than one period a year
        if not (kind and year and due_on and data.get("index")):
            return data
        period = period_of(kind, year, data["index"])
        if due_on < period.end:
            self.add_error(
                "due_on",
                f"Hạn gửi báo cáo {period.label} phải từ ngày chốt số liệu "
                f"{period.end:%d/%m/%Y} trở đi.",
            )
        elif due_on.year > year + 1:
            self.add_error(
                "due_on", f"Hạn gửi báo cáo {period.label} phải trong năm {year} hoặc {year + 1}."
            )
        return data


class WithdrawForm(forms.Form):
    """Why a correction is withdrawn: text a database keeps (no NUL, a few lines)."""

    reason = forms.CharField(
        max_length=2000,
        error_messages={
            "required": "Vui lòng ghi lý do thu hồi điều chỉnh.",
            "max_length": "Lý do thu hồi không quá 2.000 ký tự.",
            "null_characters_not_allowed": "Lý do thu hồi có ký tự không hợp lệ.",
        },
    )
