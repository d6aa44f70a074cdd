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
    q = forms.CharField(
        label="Tìm kiếm",
        max_length=100,
        required=False,
        error_messages={"max_length": "Từ khóa tìm kiếm dài quá 100 ký tự; hãy gõ ngắn hơn."},
    )


class ProcedureSearchForm(SearchForm):
    linh_vuc = forms.ChoiceField(label="Lĩnh vực", required=False)
    bai_bo = forms.BooleanField(label="Gồm cả thủ tục đã bãi bỏ", required=False)

    def __init__(self, *args, fields: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["linh_vuc"].choices = [("", "Tất cả lĩnh vực"), *((f, f) for f in fields)]
        self.fields["linh_vuc"].error_messages["invalid_choice"] = (
            "Lĩnh vực này không có trong danh mục; hãy chọn trong danh sách."
        )


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
