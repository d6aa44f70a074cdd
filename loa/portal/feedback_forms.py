"""Forms of citizens' feedback: the public form, the lookup by receipt code, the search of
published answers, and the officers' forms on an item."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator

from loa.core.concurrency import VersionedForm

from .feedback_files import MAX_FILES, attachment_checked
from .models import Feedback, FeedbackStatus, Procedure

PHONE = RegexValidator(
    r"^\+?[0-9][0-9 .\-]{7,18}$",
    "Số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm hoặc gạch ngang; ví dụ 0912 345 678.",
)
CODE = RegexValidator(
    r"^PA-\d{4}-[2-9A-HJKMNP-Z]{6}$",
    "Mã tiếp nhận có dạng PA-2026-7K3QX9 (in trên giấy biên nhận, không có chữ O, I, L).",
)

CONSENT = (
    "Tôi đồng ý để cơ quan nhận phản ánh xử lý các thông tin cá nhân trên (họ tên, địa chỉ, "
    "số điện thoại, thư điện tử) chỉ để xem xét, trả lời phản ánh, kiến nghị này, theo Nghị "
    "định số 13/2023/NĐ-CP ngày 17/4/2023 của Chính phủ về bảo vệ dữ liệu cá nhân."
)


def _required(label: str) -> dict:
    return {"required": f"Vui lòng nhập {label}."}


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files under one name; each is checked by `FeedbackForm.clean_attachments`."""

    def clean(self, data, initial=None):
        return [f for f in (data if isinstance(data, list | tuple) else [data]) if f]


class FeedbackForm(forms.Form):
    """The national system's fields (FACTS e): name, address, phone, e-mail, title,
    content, attachments; the consent line; the proof of work or its sum."""

    sender_name = forms.CharField(
        label="Họ và tên", max_length=100, error_messages=_required("họ và tên")
    )
    sender_address = forms.CharField(
        label="Địa chỉ", max_length=250, error_messages=_required("địa chỉ liên hệ")
    )
    sender_phone = forms.CharField(
        label="Số điện thoại",
        max_length=20,
        validators=[PHONE],
        error_messages=_required("số điện thoại"),
    )
    sender_email = forms.EmailField(
        label="Thư điện tử",
        required=False,
        max_length=254,
        error_messages={"invalid": "Địa chỉ thư điện tử chưa đúng; ví dụ nguyenvana@gmail.com."},
    )
    title = forms.CharField(
        label="Tiêu đề", max_length=200, error_messages=_required("tiêu đề phản ánh")
    )
    content = forms.CharField(
        label="Nội dung phản ánh, kiến nghị",
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            **_required("nội dung phản ánh, kiến nghị"),
            "max_length": "Nội dung dài quá 5.000 ký tự; vui lòng viết ngắn gọn hơn hoặc "
            "đính kèm tệp.",
        },
    )
    attachments = MultipleFileField(
        label="Tệp đính kèm",
        required=False,
        widget=MultipleFileInput(attrs={"accept": ".jpg,.jpeg,.png,.pdf,.doc,.docx,.xls,.xlsx"}),
        help_text=f"Tối đa {MAX_FILES} tệp ảnh JPG, PNG, PDF, Word (DOC, DOCX) hoặc Excel (XLS, "
        "XLSX), mỗi tệp không quá 10 MB.",
    )
    consent = forms.BooleanField(
        label=CONSENT,
        error_messages={"required": "Vui lòng đánh dấu đồng ý xử lý dữ liệu cá nhân để gửi."},
    )
    challenge = forms.CharField(widget=forms.HiddenInput, required=False)
    pow_nonce = forms.CharField(widget=forms.HiddenInput, required=False, max_length=40)
    answer = forms.CharField(label="Kết quả phép tính", required=False, max_length=10)
    kept = forms.CharField(widget=forms.MultipleHiddenInput, required=False)

    def __init__(self, *args, kept_count: int = 0, **kwargs):
        super().__init__(*args, **kwargs)
        self.kept_count = kept_count
        self.checked_files = []

    def clean_kept(self):
        return [t for t in self.data.getlist("kept")[:MAX_FILES] if t] if self.data else []

    def clean_attachments(self):
        files = self.files.getlist("attachments") if self.files else []
        if len(files) + self.kept_count > MAX_FILES:
            raise ValidationError(f"Chỉ đính kèm được tối đa {MAX_FILES} tệp.")
        errors, checked = [], []
        for upload in files:
            try:
                checked.append(attachment_checked(upload))
            except ValidationError as error:
                errors += error.messages
        self.checked_files = checked
        if errors:
            raise ValidationError(errors)
        return files


class LookupForm(forms.Form):
    ma = forms.CharField(
        label="Mã tiếp nhận",
        max_length=20,
        error_messages={"required": "Vui lòng nhập mã tiếp nhận, ví dụ PA-2026-7K3QX9."},
    )

    def clean_ma(self):
        code = self.cleaned_data["ma"].strip().upper()
        CODE(code)
        return code


class AcceptForm(forms.Form):
    about_procedure = forms.BooleanField(label="Phản ánh về thủ tục hành chính", required=False)
    procedure = forms.ModelChoiceField(
        label="Thủ tục liên quan",
        queryset=Procedure.objects.none(),
        required=False,
        error_messages={"invalid_choice": "Thủ tục này không có trong danh mục của cấp xã."},
    )
    field = forms.CharField(label="Lĩnh vực", max_length=150, required=False)
    office = forms.ModelChoiceField(
        label="Giao bộ phận xử lý",
        queryset=None,
        required=False,
        error_messages={"invalid_choice": "Bộ phận này không thuộc đơn vị."},
    )

    def __init__(self, *args, feedback: Feedback, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["procedure"].queryset = Procedure.objects.filter(level=feedback.unit.level)
        self.fields["office"].queryset = feedback.unit.offices.all()


class RejectForm(forms.Form):
    reason = forms.CharField(
        label="Lý do không tiếp nhận",
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages=_required("lý do không tiếp nhận"),
    )


class ForwardForm(forms.Form):
    to = forms.CharField(
        label="Chuyển đến cơ quan",
        max_length=200,
        error_messages=_required("cơ quan có thẩm quyền"),
    )
    note = forms.CharField(
        label="Ghi chú cho người gửi",
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class AnswerForm(VersionedForm, forms.ModelForm):
    """The answer's text and the published form of the question, edited together."""

    conflict_what = "Phản ánh này"
    body = forms.CharField(
        label="Nội dung trả lời",
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text="Mỗi đoạn một dòng. Số điện thoại, thư điện tử gõ vào sẽ được ẩn khi công khai.",
        error_messages=_required("nội dung trả lời"),
    )

    class Meta:
        model = Feedback
        fields = ["public_title", "public_content"]
        labels = {
            "public_title": "Tiêu đề công khai",
            "public_content": "Nội dung phản ánh công khai (đã ẩn thông tin cá nhân)",
        }
        error_messages = {
            "public_title": _required("tiêu đề công khai"),
            "public_content": _required("nội dung phản ánh công khai"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["public_title"].required = True
        self.fields["public_content"].required = True
        answer = getattr(self.instance, "answer", None) if self.instance.pk else None
        if answer is not None and not self.is_bound:
            self.fields["body"].initial = answer.body

    def stored_values(self, stored) -> dict:
        values = super().stored_values(stored)
        answer = type(stored).answer.related.related_model.objects.filter(feedback=stored).first()
        values["body"] = answer.body if answer else ""
        return values


class InboxFilterForm(forms.Form):
    trang_thai = forms.ChoiceField(
        label="Trạng thái",
        required=False,
        choices=[("", "Tất cả"), *FeedbackStatus.choices],
        error_messages={"invalid_choice": "Trạng thái này không có; hãy chọn trong danh sách."},
    )
    qua_han = forms.BooleanField(label="Chỉ phản ánh quá hạn", required=False)
    q = forms.CharField(label="Tìm mã, tiêu đề", max_length=100, required=False)
