"""Forms of the procedures desk: the announcing decision to import, and a posting."""

import datetime

from django import forms
from django.utils import timezone

from loa.units.models import Level

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class ProcedureImportForm(forms.Form):
    level = forms.TypedChoiceField(
        label="Thủ tục thuộc thẩm quyền giải quyết của",
        choices=[(Level.COMMUNE, "UBND cấp xã"), (Level.PROVINCE, "Cấp tỉnh")],
        coerce=int,
        initial=Level.COMMUNE,
    )
    decision_number = forms.CharField(
        label="Số quyết định công bố",
        max_length=60,
        help_text="Ví dụ 1234/QĐ-UBND.",
        error_messages={"required": "Cần ghi số quyết định công bố danh mục thủ tục."},
    )
    decision_date = forms.DateField(
        label="Ngày quyết định",
        widget=DATE,
        error_messages={
            "required": "Cần ghi ngày ký quyết định công bố.",
            "invalid": "Ngày quyết định chưa đúng; ví dụ 15/03/2026.",
        },
    )
    file = forms.FileField(
        label="Tệp Excel danh mục (.xlsx)",
        help_text="Tệp .xlsx tối đa 5 MB, 2.000 thủ tục.",
        error_messages={"required": "Vui lòng chọn tệp Excel danh mục thủ tục."},
    )

    def clean_decision_date(self):
        day = self.cleaned_data["decision_date"]
        if day > timezone.localdate():
            raise forms.ValidationError("Ngày quyết định không thể sau hôm nay.")
        return day


class PostingForm(forms.Form):
    posted_on = forms.DateField(
        label="Ngày niêm yết",
        widget=DATE,
        error_messages={
            "required": "Cần ghi ngày niêm yết.",
            "invalid": "Ngày niêm yết chưa đúng; ví dụ 15/03/2026.",
        },
    )
    at_desk = forms.BooleanField(
        label="Niêm yết tại Bộ phận tiếp nhận và trả kết quả", required=False, initial=True
    )
    on_portal = forms.BooleanField(
        label="Công khai trên cổng, trang thông tin điện tử của đơn vị", required=False
    )
    decision = forms.ChoiceField(label="Theo quyết định công bố", required=False)

    def __init__(self, *args, decisions: list[tuple[str, datetime.date]], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["posted_on"].initial = timezone.localdate()
        self.decisions = {f"{n}|{d:%Y-%m-%d}": (n, d) for n, d in decisions}
        self.fields["decision"].choices = [("", "Không ghi quyết định")] + [
            (key, f"Quyết định số {n} ngày {d:%d/%m/%Y}") for key, (n, d) in self.decisions.items()
        ]
        if decisions:
            self.fields["decision"].initial = next(iter(self.decisions))
        self.fields["decision"].error_messages["invalid_choice"] = (
            "Quyết định này không có trong danh mục; hãy chọn trong danh sách."
        )

    def clean_posted_on(self):
        day = self.cleaned_data["posted_on"]
        if day > timezone.localdate():
            raise forms.ValidationError("Ngày niêm yết không thể sau hôm nay.")
        return day

    def clean(self):
        data = super().clean()
        if not data.get("at_desk") and not data.get("on_portal"):
            raise forms.ValidationError(
                "Cần chọn nơi niêm yết: tại Bộ phận tiếp nhận và trả kết quả, trên cổng thông "
                "tin điện tử, hoặc cả hai."
            )
        number, day = self.decisions.get(data.get("decision") or "", ("", None))
        data["decision_number"], data["decision_date"] = number, day
        return data
