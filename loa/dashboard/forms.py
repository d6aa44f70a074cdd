"""The form of a province's scoring rules: the plan part, and one row per group of
channels. Numbers stay text here so that what was typed comes back as typed; the service
(rules_save) checks them and says what is wrong."""

from django import forms

from loa.plans.models import Channel, ChannelKind

from .criteria import MAX_GROUPS, vn_decimal


class RulesForm(forms.Form):
    plan_points = forms.CharField(
        label="Điểm tối đa của tiêu chí thực hiện kế hoạch", max_length=10
    )
    plan_full_at = forms.CharField(
        label="Đạt điểm tối đa khi hoàn thành từ (% chỉ tiêu)", max_length=10
    )
    plan_partial_from = forms.CharField(
        label="Tính điểm theo tỷ lệ khi hoàn thành từ (% chỉ tiêu)",
        max_length=10,
        help_text="Dưới ngưỡng này: 0 điểm. Từ ngưỡng này đến dưới mức tối đa: số chỉ tiêu "
        "đạt ÷ số chỉ tiêu × điểm tối đa.",
    )
    plan_needs_report = forms.BooleanField(
        label="Tiêu chí thực hiện kế hoạch yêu cầu có báo cáo năm đã gửi cấp trên",
        required=False,
    )
    groups_need_report = forms.BooleanField(
        label="Tiêu chí đa dạng hình thức yêu cầu có báo cáo năm đã gửi cấp trên",
        required=False,
    )
    needs_proof = forms.BooleanField(
        label="Hoạt động chỉ được tính khi có tài liệu kiểm chứng", required=False
    )
    note = forms.CharField(
        label="Căn cứ, ghi chú (ví dụ: số quyết định ban hành bộ chỉ số)",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    @staticmethod
    def initial_from(data: dict) -> dict:
        plan = data["plan"]
        return {
            "plan_points": vn_decimal(plan["points"]),
            "plan_full_at": vn_decimal(plan["full_at"]),
            "plan_partial_from": vn_decimal(plan["partial_from"]),
            "plan_needs_report": plan.get("needs_report", False),
            "groups_need_report": data.get("groups_need_report", False),
            "needs_proof": data.get("needs_proof", False),
        }


KIND_CHOICES = [("", "Chỉ các hình thức được chọn"), *ChannelKind.choices]


class GroupForm(forms.Form):
    code = forms.CharField(required=False, widget=forms.HiddenInput, max_length=40)
    label = forms.CharField(label="Tên nhóm hình thức", max_length=150)
    points = forms.CharField(label="Điểm", max_length=10)
    kind = forms.ChoiceField(
        label="Tính mọi hình thức thuộc loại", choices=KIND_CHOICES, required=False
    )
    channels = forms.MultipleChoiceField(
        label="Các hình thức được tính",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["channels"].choices = list(
            Channel.objects.filter(is_active=True).values_list("code", "name")
        )

    @staticmethod
    def initial_from(group: dict) -> dict:
        return {
            "code": group["code"],
            "label": group["label"],
            "points": vn_decimal(group["points"]),
            "kind": group.get("kind", ""),
            "channels": group.get("channels", []),
        }


GroupFormSet = forms.formset_factory(
    GroupForm, extra=1, can_delete=True, max_num=MAX_GROUPS, absolute_max=MAX_GROUPS
)
GROUP_PREFIX = "nhom"


def rules_data(form: RulesForm, groups) -> tuple[dict, list[forms.Form]]:
    """The rules as typed, for rules_save, and the group rows they came from (in the same
    order, so that a fault in "groups.1" is shown on its row)."""
    used = [
        g
        for g in groups.forms
        if g.has_changed() and g.cleaned_data and not g.cleaned_data.get("DELETE")
    ]
    data = form.cleaned_data
    return {
        "plan": {
            "points": data["plan_points"],
            "full_at": data["plan_full_at"],
            "partial_from": data["plan_partial_from"],
            "needs_report": data["plan_needs_report"],
        },
        "groups": [
            {k: g.cleaned_data[k] for k in ("code", "label", "points", "kind", "channels")}
            for g in used
        ],
        "groups_need_report": data["groups_need_report"],
        "needs_proof": data["needs_proof"],
    }, used
