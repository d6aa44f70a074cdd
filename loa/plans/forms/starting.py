"""The forms that start a plan: how (template, upper plan, last year's, blank) and, from an
upper plan, the officer's review of what localising it replaces."""

from django import forms
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html

from ..models import Plan, PlanStatus
from ..queries import issued_upper_plans, plan_in_force
from ..services import plan_in_force_refusal


def _year_choices():
    this = timezone.localdate().year
    return [(y, str(y)) for y in range(this + 1, 2019, -1)]


def in_force_refusal_html(unit, year: int, *, plan=None) -> str:
    """The refusal of a second plan for a year that has one in force, with a link to it."""
    refusal = plan_in_force_refusal(unit, year, plan=plan)
    if not refusal:
        return ""
    current = plan_in_force(unit, year)
    return format_html(
        '{} <a href="{}">Mở kế hoạch đang có hiệu lực</a>.', refusal, current.get_absolute_url()
    )


class PlanCreateForm(forms.Form):
    WAYS = [
        ("upper", "Theo kế hoạch cấp trên đã ban hành trên Loa"),
        ("previous", "Từ kế hoạch năm trước của đơn vị"),
        ("template", "Từ mẫu kế hoạch của Loa"),
        ("blank", "Kế hoạch trống (tự nhập toàn bộ)"),
    ]
    way = forms.ChoiceField(
        label="Cách lập", choices=WAYS, widget=forms.RadioSelect, initial="template"
    )
    year = forms.TypedChoiceField(label="Năm kế hoạch", coerce=int, choices=_year_choices)
    title = forms.CharField(
        label="Trích yếu",
        max_length=300,
        required=False,
        help_text="Bỏ trống để Loa đặt theo mẫu: “Tuyên truyền cải cách hành chính … năm …”.",
    )
    upper_plan = forms.ModelChoiceField(
        label="Kế hoạch cấp trên",
        queryset=Plan.objects.none(),
        required=False,
        empty_label="(chọn kế hoạch)",
    )
    previous_plan = forms.ModelChoiceField(
        label="Kế hoạch năm trước",
        queryset=Plan.objects.none(),
        required=False,
        empty_label="(chọn kế hoạch)",
    )

    def __init__(self, *args, unit, **kwargs):
        super().__init__(*args, **kwargs)

        self.unit = unit
        self.fields["year"].initial = timezone.localdate().year + (
            1 if timezone.localdate().month >= 11 else 0
        )
        self.fields["upper_plan"].queryset = issued_upper_plans(unit)
        # the upper plan a link offers: only one the unit may adapt, else nothing of it
        chosen = str(self.initial.get("upper_plan") or "")
        self.ignored_upper = False
        if chosen:
            upper = None
            if chosen.isascii() and chosen.isdigit() and len(chosen) <= 18:
                upper = self.fields["upper_plan"].queryset.filter(pk=int(chosen)).first()
            if upper is None:
                self.initial["upper_plan"] = None
                self.ignored_upper = True
            else:
                self.initial["year"] = upper.year  # a plan implementing it is for the same year
        self.fields["upper_plan"].label_from_instance = lambda p: (
            f"{p.unit.council_name} — {p.reference} — {p.title}"
        )
        # choosing an upper plan brings up its review of replacements (PlanAdaptationForm)
        self.fields["upper_plan"].widget.attrs.update(
            {
                "hx-get": reverse("plans:create"),
                "hx-target": "#adaptation",
                "hx-select": "#adaptation",
                "hx-swap": "outerHTML",
            }
        )
        self.fields["previous_plan"].queryset = Plan.objects.filter(unit=unit).exclude(
            status=PlanStatus.SUPERSEDED
        )
        self.fields["previous_plan"].label_from_instance = lambda p: (
            f"{p.year} — {p.reference} — {p.title}"
        )

    def clean(self):
        data = super().clean()
        way = data.get("way")
        if way == "upper" and not data.get("upper_plan"):
            self.add_error("upper_plan", "Vui lòng chọn kế hoạch cấp trên để lập theo.")
        if way == "previous" and not data.get("previous_plan"):
            self.add_error("previous_plan", "Vui lòng chọn kế hoạch năm trước.")
        if way == "blank" and not (data.get("title") or "").strip():
            self.add_error("title", "Vui lòng nhập trích yếu cho kế hoạch trống.")
        upper = data.get("upper_plan") if way == "upper" else None
        year = upper.year if upper else data.get("year")
        if year and plan_in_force_refusal(self.unit, year):
            self.add_error(None, in_force_refusal_html(self.unit, year))
        return data


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


class PlanAdaptationForm(forms.Form):
    """The officer's review of what localising an upper plan replaces (an `Adaptation`): a
    box for each replacement, ticked to make it, and for each task handed down to the units
    the office of the unit that leads it. `reviewed_plan` says which upper plan the officer
    saw the replacements of: a plan chosen afterwards is reviewed before anything is made."""

    NO_OFFICE = (
        "Vui lòng chọn bộ phận chủ trì, hoặc bỏ chọn ô “Áp dụng” để giữ bên chủ trì như kế "
        "hoạch cấp trên."
    )

    reviewed_plan = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, adaptation, **kwargs):
        super().__init__(*args, **kwargs)
        self.adaptation = adaptation
        self.initial["reviewed_plan"] = adaptation.upper.pk
        offices = adaptation.unit.offices.filter(is_active=True)
        for change in adaptation.changes:
            self.fields[f"keep_{change.key}"] = forms.BooleanField(
                label=f"Áp dụng thay thế ở {_lower_first(change.where)}",
                required=False,
                initial=True,
            )
        for lead in adaptation.leads:
            self.fields[f"keep_{lead.key}"] = forms.BooleanField(
                label=f"Áp dụng bộ phận chủ trì cho {_lower_first(lead.where)}",
                required=False,
                initial=True,
            )
            self.fields[f"office_{lead.key}"] = forms.ModelChoiceField(
                label=f"Bộ phận chủ trì {_lower_first(lead.where)}",
                queryset=offices,
                required=False,
                initial=lead.default,
                empty_label="(chọn bộ phận)",
                error_messages={"invalid_choice": "Bộ phận này không thuộc đơn vị."},
            )

    def is_confirmed(self) -> bool:
        """Submitted from the review of this very upper plan."""
        return self.is_bound and self.data.get("reviewed_plan") == str(self.adaptation.upper.pk)

    def clean(self):
        data = super().clean()
        for lead in self.adaptation.leads:
            name = f"office_{lead.key}"
            if data.get(f"keep_{lead.key}") and not data.get(name) and name not in self.errors:
                self.add_error(name, self.NO_OFFICE)
        return data

    def decide(self) -> None:
        """Tell the adaptation what the officer kept and chose."""
        data = self.cleaned_data
        keys = [c.key for c in self.adaptation.changes] + [x.key for x in self.adaptation.leads]
        self.adaptation.decide(
            applied=[key for key in keys if data.get(f"keep_{key}")],
            offices={x.key: data.get(f"office_{x.key}") for x in self.adaptation.leads},
        )

    def change_rows(self):
        return [(change, self[f"keep_{change.key}"]) for change in self.adaptation.changes]

    def lead_rows(self):
        return [
            (lead, self[f"keep_{lead.key}"], self[f"office_{lead.key}"])
            for lead in self.adaptation.leads
        ]
