from django import forms
from django.utils import timezone


class IssueForm(forms.Form):
    issued_on = forms.DateField(
        label="Ngày ban hành",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "required": "Vui lòng chọn ngày ban hành.",
            "invalid": "Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm.",
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["issued_on"].initial = timezone.localdate()

    def clean_issued_on(self):
        day = self.cleaned_data["issued_on"]
        if day > timezone.localdate():
            raise forms.ValidationError("Ngày ban hành không được sau hôm nay.")
        return day


class SendBackForm(forms.Form):
    reason = forms.CharField(
        label="Lý do trả lại",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Vui lòng ghi lý do trả lại để cán bộ sửa."},
    )
