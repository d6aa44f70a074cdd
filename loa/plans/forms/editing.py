"""The forms that edit a draft plan: its header, sections, schedule, tasks, targets and
reporting rules."""

import re

from django import forms
from django.db.models import Q

from loa.core.concurrency import VersionedForm
from loa.core.limits import (
    PLAN_MAX_REPORTING_RULES,
    PLAN_MAX_TARGETS,
    limit_text,
    plan_items_refusal,
    plan_paragraphs_refusal,
    plan_tasks_refusal,
)

from ..document import point_letters
from ..models import (
    QUARTERS,
    ParagraphStyle,
    Plan,
    PlanParagraph,
    PlanSection,
    ReportingRule,
    ScheduleEntry,
    SectionKind,
    Target,
    TargetMeasure,
    Task,
)
from .starting import in_force_refusal_html

_POINT = re.compile(r"^([a-zđ])\)\s+", re.IGNORECASE)


def paragraphs_from_text(text: str) -> list[tuple[str, str]]:
    """One paragraph per line: "- …" is a dash item, "a) …" a point, anything else plain."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith(("- ", "– ", "+ ")):
            out.append((ParagraphStyle.DASH, line[2:].strip()))
        elif _POINT.match(line):
            out.append((ParagraphStyle.POINT, _POINT.sub("", line, count=1).strip()))
        else:
            out.append((ParagraphStyle.PLAIN, line))
    return out


def paragraphs_to_text(section: PlanSection) -> str:

    letters = point_letters()
    lines = []
    for p in section.paragraphs.all():
        if p.style == ParagraphStyle.DASH:
            lines.append(f"- {p.text}")
        elif p.style == ParagraphStyle.POINT:
            lines.append(f"{next(letters)}) {p.text}")
        else:
            lines.append(p.text)
    return "\n".join(lines)


# A communication plan's budget, or a task's, is a few hundred million đồng at most; a
# thousand billion is already beyond any unit's whole budget.
MAX_BUDGET = 1_000_000_000_000


BUDGET_ERRORS = {
    "invalid": "Kinh phí phải là một số (đồng).",
    "max_digits": "Kinh phí không quá 1.000 tỷ đồng.",
    "max_whole_digits": "Kinh phí không quá 1.000 tỷ đồng.",
    "max_decimal_places": "Kinh phí tính bằng đồng, không có phần lẻ.",
}


def budget_field(field) -> None:
    """Vietnamese messages and browser bounds for a budget field (in đồng)."""
    field.error_messages.update(BUDGET_ERRORS)
    field.widget.attrs.update({"min": 0, "max": MAX_BUDGET})


def clean_budget(value):
    """A budget in đồng: none, or from 0 to MAX_BUDGET."""
    if value is not None and value < 0:
        raise forms.ValidationError("Kinh phí không được âm.")
    if value is not None and value > MAX_BUDGET:
        raise forms.ValidationError("Kinh phí không quá 1.000 tỷ đồng.")
    return value


class PlanHeaderForm(VersionedForm, forms.ModelForm):
    conflict_what = "thông tin chung của kế hoạch"

    class Meta:
        model = Plan
        fields = [
            "title",
            "year",
            "place",
            "show_parent_body",
            "intro",
            "budget_source",
            "budget_amount",
            "lower_plan_deadline",
            "closing",
            "recipients",
            "drafting_office",
        ]
        widgets = {
            "intro": forms.Textarea(attrs={"rows": 4}),
            "closing": forms.Textarea(attrs={"rows": 3}),
            "recipients": forms.Textarea(attrs={"rows": 5}),
            "lower_plan_deadline": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].error_messages["required"] = "Vui lòng nhập trích yếu kế hoạch."
        self.fields["drafting_office"].queryset = self.instance.unit.offices.filter(is_active=True)
        self.fields["year"].error_messages["invalid"] = "Năm kế hoạch phải là một số."
        budget_field(self.fields["budget_amount"])
        limit_text(*(self.fields[f] for f in ("intro", "closing", "recipients")))

    def clean_title(self):
        title = self.cleaned_data["title"].strip()
        if not title:
            raise forms.ValidationError("Vui lòng nhập trích yếu kế hoạch.")
        return title

    def clean_budget_amount(self):
        return clean_budget(self.cleaned_data["budget_amount"])

    def clean_year(self):
        year = self.cleaned_data["year"]
        if not 2000 <= year <= 2100:
            raise forms.ValidationError("Năm kế hoạch không hợp lệ.")
        if (
            self.instance.pk
            and year != self.instance.year
            and (
                self.instance.tasks.filter(due_date__isnull=False).exclude(due_date__year=year)
            ).exists()
        ):
            raise forms.ValidationError(
                "Có nhiệm vụ có hạn ngoài năm mới: sửa hạn nhiệm vụ trước khi đổi năm."
            )
        if self.instance.pk and year != self.instance.year:
            refusal = in_force_refusal_html(self.instance.unit, year, plan=self.instance)
            if refusal:
                raise forms.ValidationError(refusal)
        return year

    def clean(self):
        data = super().clean()
        deadline, year = data.get("lower_plan_deadline"), data.get("year")
        if deadline and year and deadline.year not in (year - 1, year):
            self.add_error(
                "lower_plan_deadline",
                "Hạn cho cấp dưới phải trong năm kế hoạch hoặc cuối năm trước.",
            )
        return data


class SectionForm(VersionedForm, forms.ModelForm):
    conflict_what = "mục này"

    text = forms.CharField(
        label="Nội dung",
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="Mỗi dòng một đoạn. Bắt đầu bằng “- ” cho gạch đầu dòng, “a) ” cho điểm; "
        "dòng khác là đoạn văn.",
    )

    class Meta:
        model = PlanSection
        fields = ["title", "kind", "office"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["office"].queryset = self.instance.plan.unit.offices.filter(is_active=True)
        self.fields["office"].required = False
        self.fields["title"].error_messages["required"] = "Vui lòng nhập tiêu đề mục."
        limit_text(self.fields["text"])
        if self.instance.pk and not self.is_bound:
            self.initial["text"] = paragraphs_to_text(self.instance)

    def clean_text(self):
        text = self.cleaned_data["text"]
        others = PlanParagraph.objects.filter(section__plan_id=self.instance.plan_id).exclude(
            section_id=self.instance.pk
        )
        refusal = plan_paragraphs_refusal(others.count() + len(paragraphs_from_text(text)))
        if refusal:
            raise forms.ValidationError(refusal)
        return text

    def stored_values(self, stored) -> dict:
        return {**super().stored_values(stored), "text": paragraphs_to_text(stored)}

    def last_change(self, stored):
        """The section's own record or its paragraphs', whichever is newer."""
        records = [
            super().last_change(stored),
            PlanParagraph.history.filter(section_id=stored.pk)
            .select_related("history_user")
            .first(),
        ]
        records = [r for r in records if r is not None]
        return max(records, key=lambda r: r.history_date) if records else None

    def clean_title(self):
        title = self.cleaned_data["title"].strip()
        if not title:
            raise forms.ValidationError("Vui lòng nhập tiêu đề mục.")
        return title


class SectionAddForm(forms.Form):
    title = forms.CharField(
        label="Tiêu đề mục mới",
        max_length=300,
        error_messages={"required": "Vui lòng nhập tiêu đề mục."},
    )
    kind = forms.ChoiceField(
        label="Loại nội dung", choices=SectionKind.choices, initial=SectionKind.TEXT
    )
    parent = forms.ModelChoiceField(
        label="Nằm trong mục",
        queryset=PlanSection.objects.none(),
        required=False,
        empty_label="(mục lớn: I, II, III…)",
    )

    def __init__(self, *args, plan, **kwargs):
        super().__init__(*args, **kwargs)
        # Only levels 1 and 2 take children: the decree's numbering goes three deep.
        self.fields["parent"].queryset = plan.sections.filter(
            Q(parent__isnull=True) | Q(parent__parent__isnull=True)
        )


class ScheduleForm(VersionedForm, forms.Form):
    """One textarea per quarter; one line per item."""

    conflict_what = "tiến độ theo quý"

    def __init__(self, *args, plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.plan = plan
        for quarter, label in QUARTERS:
            self.fields[f"q{quarter}"] = forms.CharField(
                label=f"{label}/{plan.year}",
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
            )
            limit_text(self.fields[f"q{quarter}"])
            if not self.is_bound:
                self.initial[f"q{quarter}"] = "\n".join(
                    e.text for e in plan.schedule.all() if e.quarter == quarter
                )

    def is_edit(self) -> bool:
        return True

    def stored_object(self, lock: bool = False):
        rows = Plan.objects.filter(pk=self.plan.pk)
        return (rows.select_for_update() if lock else rows).first()

    def stored_values(self, stored) -> dict:
        entries = ScheduleEntry.objects.filter(plan=stored).order_by("quarter", "pk")
        return {
            f"q{quarter}": "\n".join(e.text for e in entries if e.quarter == quarter)
            for quarter, _ in QUARTERS
        }

    def last_change(self, stored):
        return (
            ScheduleEntry.history.filter(plan_id=stored.pk).select_related("history_user").first()
        )

    def entries(self):
        for quarter, _ in QUARTERS:
            for line in self.cleaned_data[f"q{quarter}"].splitlines():
                if line.strip():
                    yield ScheduleEntry(plan=self.plan, quarter=quarter, text=line.strip())


class TaskForm(VersionedForm, forms.ModelForm):
    conflict_what = "nhiệm vụ này"

    class Meta:
        model = Task
        fields = [
            "content",
            "product",
            "channel",
            "reform_area",
            "lead_office",
            "lead_text",
            "coordinating_offices",
            "coordinating_text",
            "due_quarter",
            "due_date",
            "expected_quantity",
            "budget_amount",
            "for_lower_units",
        ]
        widgets = {
            "content": forms.Textarea(attrs={"rows": 2}),
            "due_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "coordinating_offices": forms.CheckboxSelectMultiple,
        }
        error_messages = {
            "content": {"required": "Vui lòng nhập nội dung nhiệm vụ."},
            "expected_quantity": {
                "invalid": "Số lượng phải là số nguyên không âm.",
                "min_value": "Số lượng phải là số nguyên không âm.",
            },
            "budget_amount": {"invalid": "Kinh phí phải là một số (đồng)."},
            "due_date": {"invalid": "Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm."},
        }

    def __init__(self, *args, plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.plan = plan
        offices = plan.unit.offices.filter(is_active=True)
        self.fields["lead_office"].queryset = offices
        self.fields["coordinating_offices"].queryset = offices
        self.fields["channel"].queryset = self.fields["channel"].queryset.filter(is_active=True)
        self.fields["expected_quantity"].widget.attrs["min"] = 0
        budget_field(self.fields["budget_amount"])
        limit_text(self.fields["content"])

    def clean(self):
        data = super().clean()
        if self.instance.pk is None:
            refusal = plan_tasks_refusal(self.instance.plan.tasks.count() + 1)
            if refusal:
                raise forms.ValidationError(refusal)
        return data

    def clean_expected_quantity(self):
        value = self.cleaned_data["expected_quantity"]
        if value is not None and value < 0:
            raise forms.ValidationError("Số lượng không được âm.")
        return value

    def clean_budget_amount(self):
        return clean_budget(self.cleaned_data["budget_amount"])


class TargetForm(VersionedForm, forms.ModelForm):
    conflict_what = "chỉ tiêu này"

    class Meta:
        model = Target
        fields = ["text", "measure", "target_value", "channels", "reform_areas"]
        widgets = {
            "text": forms.Textarea(attrs={"rows": 2}),
            "channels": forms.CheckboxSelectMultiple,
            "reform_areas": forms.CheckboxSelectMultiple,
        }
        error_messages = {
            "text": {"required": "Vui lòng nhập nội dung chỉ tiêu."},
            "target_value": {"invalid": "Mức cần đạt phải là một số."},
        }

    def __init__(self, *args, plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.plan = plan
        limit_text(self.fields["text"])

    def clean_text(self):
        text = self.cleaned_data["text"]
        _refuse_one_too_many(self.instance, "targets", PLAN_MAX_TARGETS, "chỉ tiêu")
        return text

    def clean(self):
        data = super().clean()
        # a count is read from the activity log by channel: without one it counts nothing
        counted = data.get("channels") or "channels" in self.errors
        if data.get("measure") == TargetMeasure.COUNT and not counted:
            self.add_error(
                "channels",
                "Chỉ tiêu đếm số hoạt động phải chọn hình thức được đếm (ví dụ: tin, bài "
                "trên trang thông tin điện tử), để Loa đếm được từ nhật ký hoạt động.",
            )
        return data


class ReportingRuleForm(forms.ModelForm):
    class Meta:
        model = ReportingRule
        fields = ["kind", "recipient", "office"]
        error_messages = {"recipient": {"required": "Vui lòng ghi nơi nhận báo cáo."}}

    def __init__(self, *args, plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.plan = plan
        self.fields["office"].queryset = plan.unit.offices.filter(is_active=True)

    def clean_recipient(self):
        recipient = self.cleaned_data["recipient"]
        _refuse_one_too_many(
            self.instance, "reporting_rules", PLAN_MAX_REPORTING_RULES, "dòng chế độ báo cáo"
        )
        return recipient


def _refuse_one_too_many(item, related: str, limit: int, noun: str) -> None:
    """A new item of a plan (a target, a reporting line) past the plan's limit is refused."""
    if item.pk is None:
        total = getattr(item.plan, related).count() + 1
        refusal = plan_items_refusal(total, limit, noun)
        if refusal:
            raise forms.ValidationError(refusal)
