from django import forms
from django.utils import timezone

from loa.plans.models import Channel

from .models import Activity, TargetEntry
from .services import tasks_open_for_logging


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data if item]
        return [single(data, initial)] if data else []


class ActivityForm(forms.ModelForm):
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
        error_messages = {
            "title": {"required": "Vui lòng nhập tên hoạt động."},
            "channel": {"required": "Vui lòng chọn hình thức tuyên truyền."},
            "started_on": {
                "required": "Vui lòng nhập ngày thực hiện.",
                "invalid": "Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm.",
            },
            "ended_on": {"invalid": "Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm."},
            "quantity": {
                "invalid": "Số lượng phải là số nguyên.",
                "min_value": "Số lượng không được âm.",
            },
            "participants": {
                "invalid": "Số người phải là số nguyên.",
                "min_value": "Số người tham dự không được âm.",
            },
            "link": {"invalid": "Đường dẫn không hợp lệ (cần bắt đầu bằng http:// hoặc https://)."},
        }

    def __init__(self, *args, unit, **kwargs):
        super().__init__(*args, **kwargs)
        self.unit = unit
        self.fields["channel"].queryset = Channel.objects.filter(is_active=True)
        self.fields["channel"].empty_label = "(chọn hình thức)"
        self.fields["office"].queryset = unit.offices.filter(is_active=True)
        self.fields["task"].queryset = tasks_open_for_logging(unit)
        if self.instance.pk:
            # an older activity keeps its task, channel and office even if they left the lists
            from loa.plans.models import Task

            self.fields["task"].queryset |= Task.objects.filter(pk=self.instance.task_id)
            self.fields["channel"].queryset |= Channel.objects.filter(pk=self.instance.channel_id)
            self.fields["office"].queryset |= unit.offices.filter(pk=self.instance.office_id)
        self.fields["task"].label_from_instance = lambda t: f"{t.plan.year} — {t.content[:90]}"
        self.fields["task"].empty_label = "(không thuộc nhiệm vụ nào)"
        if not self.instance.pk and not self.is_bound:
            self.initial.setdefault("started_on", timezone.localdate())
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
        if day.year < 2000:
            raise forms.ValidationError("Ngày thực hiện không hợp lệ.")
        return day

    def clean_files(self):
        from .evidence import evidence_check

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


class ActivityFilterForm(forms.Form):
    q = forms.CharField(label="Tìm", required=False)
    start = forms.DateField(
        label="Từ ngày", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label="Đến ngày", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    office = forms.ModelChoiceField(
        label="Bộ phận", queryset=None, required=False, empty_label="Tất cả"
    )
    channel = forms.ModelChoiceField(
        label="Hình thức", queryset=Channel.objects.all(), required=False, empty_label="Tất cả"
    )
    area = forms.ModelChoiceField(
        label="Lĩnh vực", queryset=None, required=False, empty_label="Tất cả"
    )
    task = forms.ModelChoiceField(
        label="Nhiệm vụ", queryset=None, required=False, empty_label="Tất cả"
    )

    def __init__(self, *args, unit, **kwargs):
        super().__init__(*args, **kwargs)
        from loa.plans.models import ReformArea

        self.fields["office"].queryset = unit.offices.all()
        self.fields["area"].queryset = ReformArea.objects.all()
        self.fields["task"].queryset = tasks_open_for_logging(unit)
        self.fields["task"].label_from_instance = lambda t: f"{t.plan.year} — {t.content[:60]}"

    def params(self) -> dict:
        if not self.is_valid():
            return {}
        d = self.cleaned_data
        return {
            "from": d["start"],
            "to": d["end"],
            "office": d["office"],
            "channel": d["channel"],
            "area": d["area"],
            "task": d["task"],
            "q": d["q"],
        }


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
