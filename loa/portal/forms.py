from django import forms
from django.core.validators import RegexValidator

from loa.core.concurrency import VersionedForm

from .models import UnitContact

PHONE = RegexValidator(
    r"^\+?[0-9][0-9 .\-]{2,18}$",
    "Số đường dây nóng chỉ gồm chữ số, dấu cách, dấu chấm, gạch ngang, có thể bắt đầu "
    "bằng dấu +; ví dụ 0225 3842 111.",
)


class SearchForm(forms.Form):
    q = forms.CharField(label="Tìm kiếm", max_length=100, required=False)


class ContactForm(VersionedForm, forms.ModelForm):
    conflict_what = "thông tin liên hệ này"

    class Meta:
        model = UnitContact
        fields = ["address", "hotline", "email"]
        error_messages = {
            "email": {"invalid": "Địa chỉ thư điện tử chưa đúng; ví dụ vanphong@anlac.gov.vn."},
            "address": {"max_length": "Địa chỉ dài quá %(limit_value)d ký tự."},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["hotline"].validators.append(PHONE)
