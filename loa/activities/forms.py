from django import forms
from django.core import validators
from django.utils import timezone

from loa.core.concurrency import VersionedForm
from loa.core.text import thousands
from loa.plans.models import Channel, Task
from loa.plans.rules import ended_refusal

from .evidence import evidence_check
from .models import Activity, TargetEntry
from .services import tasks_open_for_logging

# Bounds of one activity's figures: far above any real activity, low enough to catch a slip
# of the keyboard or a misplaced column (and within every database's integer column).
FIRST_YEAR = 2000
MAX_QUANTITY = 1_000_000
MAX_PARTICIPANTS = 10_000_000


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data if item]
        return [single(data, initial)] if data else []


class LinkField(forms.URLField):
    """A link that is too long is told so, once, rather than also being called invalid."""

    def clean(self, value):
        length = len(str(value or "").strip())
        if self.max_length is not None and length > self.max_length:
            raise forms.ValidationError(
                self.error_messages["max_length"],
                code="max_length",
                params={"limit_value": self.max_length, "show_value": length},
            )
        return super().clean(value)


class ActivityForm(VersionedForm, forms.ModelForm):
    conflict_what = "hoạt động này"
    files = MultipleFileField(
        label="Ảnh, tài liệu kiểm chứng",
        required=False,
        help_text="Ảnh (JPEG, PNG, WebP), PDF hoặc Word (.docx); mỗi tệp tối đa 10 MB.",
    )

    class Meta:
        model = Activity
        fields = [
            "started_on",
            "channel",
            "title",
            "quantity",
            "participants",
            "task",
            "office",
            "ended_on",
            "description",
            "reform_areas",
            "audiences",
            "link",
            "location",
            "led_by",
        ]
        widgets = {
            "started_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "ended_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "description": forms.Textarea(attrs={"rows": 3}),
            "reform_areas": forms.CheckboxSelectMultiple,
            "audiences": forms.CheckboxSelectMultiple,
            "quantity": forms.NumberInput(attrs={"min": 0, "inputmode": "numeric"}),
            "participants": forms.NumberInput(attrs={"min": 0, "inputmode": "numeric"}),
        }
        field_classes = {"link": LinkField}
        error_messages = {
            "title": {
                "required": "Vui lòng nhập tên hoạt động.",
                "max_length": "Tên hoạt động quá dài: tối đa %(limit_value)d ký tự "
                "(hiện có %(show_value)d).",
            },
            "channel": {"required": "Vui lòng chọn hình thức tuyên truyền."},
            "started_on": {
                "required": "Vui lòng nhập ngày thực hiện.",
                "invalid": "Ngày thực hiện không hợp lệ: nhập theo dạng ngày/tháng/năm.",
            },
            "ended_on": {"invalid": "Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm."},
            "quantity": {
                "required": "Vui lòng nhập số lượng.",
                "invalid": "Số lượng phải là số nguyên.",
                "min_value": "Số lượng không được âm.",
                "max_value": f"Số lượng quá lớn: tối đa {thousands(MAX_QUANTITY)} mỗi hoạt động.",
            },
            "participants": {
                "invalid": "Số người tham dự phải là số nguyên.",
                "min_value": "Số người tham dự không được âm.",
                "max_value": f"Số người tham dự quá lớn: tối đa {thousands(MAX_PARTICIPANTS)} mỗi "
                "hoạt động.",
            },
            "link": {
                "invalid": "Đường dẫn không hợp lệ (cần bắt đầu bằng http:// hoặc https://).",
                "max_length": "Đường dẫn quá dài: tối đa %(limit_value)d ký tự "
                "(hiện có %(show_value)d).",
            },
            "location": {
                "max_length": "Địa điểm quá dài: tối đa %(limit_value)d ký tự "
                "(hiện có %(show_value)d).",
            },
        }

    def __init__(self, *args, unit, **kwargs):
        super().__init__(*args, **kwargs)
        self.unit = unit
        for name, limit in (("quantity", MAX_QUANTITY), ("participants", MAX_PARTICIPANTS)):
            self.fields[name].validators.append(validators.MaxValueValidator(limit))
            self.fields[name].widget.attrs["max"] = limit
        self.fields["channel"].queryset = Channel.objects.filter(is_active=True)
        self.fields["channel"].empty_label = "(chọn hình thức)"
        self.fields["office"].queryset = unit.offices.filter(is_active=True)
        if self.instance.pk:
            # an older activity keeps its channel and office (and task) even if they left the
            # lists
            self.fields["channel"].queryset |= Channel.objects.filter(pk=self.instance.channel_id)
            self.fields["office"].queryset |= unit.offices.filter(pk=self.instance.office_id)
        if "task" in self.fields:  # the import (importing.py) has no task column
            task = self.fields["task"]
            task.queryset = tasks_open_for_logging(unit)
            if self.instance.pk:
                task.queryset |= Task.objects.filter(pk=self.instance.task_id)
            task.label_from_instance = lambda t: f"{t.plan.year} — {t.content[:90]}"
            task.empty_label = "(không thuộc nhiệm vụ nào)"
        if not self.instance.pk and not self.is_bound:
            # a unit that has ended logs, if anything, what it did before its end
            today = timezone.localdate()
            self.initial.setdefault(
                "started_on", min(today, unit.valid_to) if unit.valid_to else today
            )
            self.initial.setdefault("quantity", 1)
        self.order_fields(
            ["started_on", "channel", "title", "quantity", "participants", "files", "task"]
        )

    def clean_started_on(self):
        day = self.cleaned_data["started_on"]
        if day > timezone.localdate():
            raise forms.ValidationError(
                "Ngày thực hiện không được sau hôm nay: chỉ ghi những việc đã làm."
            )
        if day.year < FIRST_YEAR:
            raise forms.ValidationError(
                f"Ngày thực hiện không hợp lệ: chỉ ghi hoạt động từ năm {FIRST_YEAR} trở đi."
            )
        refusal = ended_refusal(self.unit, day, "ghi nhận hoạt động")
        if refusal:
            raise forms.ValidationError(refusal)
        return day

    def clean_files(self):

        uploads = self.cleaned_data["files"]
        errors = []
        for upload in uploads:
            try:
                evidence_check(upload)
            except forms.ValidationError as error:
                errors.extend(error.messages)
        if errors:
            errors.append(
                "Các thông tin khác bạn đã nhập vẫn được giữ; vui lòng chọn lại tệp hợp lệ."
            )
            raise forms.ValidationError(errors)
        return uploads

    def clean(self):
        data = super().clean()
        start, end = data.get("started_on"), data.get("ended_on")
        if start and end:
            if end < start:
                self.add_error("ended_on", "Ngày kết thúc không được trước ngày bắt đầu.")
            elif end > timezone.localdate():
                self.add_error("ended_on", "Ngày kết thúc không được sau hôm nay.")
        quantity = data.get("quantity")
        if quantity is not None and quantity < 0:
            self.add_error("quantity", "Số lượng không được âm.")
        return data


class TargetEntryForm(forms.ModelForm):
    evidence_file = forms.FileField(label="Tài liệu kiểm chứng", required=False)

    class Meta:
        model = TargetEntry
        fields = [
            "period_start",
            "period_end",
            "numerator",
            "denominator",
            "done",
            "not_applicable",
            "note",
        ]
        widgets = {
            "period_start": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "period_end": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }
        error_messages = {
            "period_start": {"required": "Vui lòng nhập ngày đầu kỳ."},
            "period_end": {"required": "Vui lòng nhập ngày cuối kỳ."},
        }

    def clean(self):
        data = super().clean()
        start, end = data.get("period_start"), data.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", "Ngày cuối kỳ không được trước ngày đầu kỳ.")
        return data
