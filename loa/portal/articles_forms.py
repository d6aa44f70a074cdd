"""Forms of the CCHC column: writing an article, publishing it, sending it back or
withdrawing it with a reason."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from loa.core.concurrency import VersionedForm
from loa.plans.models import ReformArea

from .covers import cover_made
from .models import Article

BODY_HELP = (
    "Gõ văn bản thường: các đoạn cách nhau một dòng trống; dòng bắt đầu bằng “## ” là đề mục, "
    "các dòng bắt đầu bằng “- ” là danh sách. Có thể dán HTML gồm đề mục, đoạn, danh sách, "
    "trích dẫn, liên kết và ảnh; mọi mã lệnh, kiểu trình bày khác bị loại bỏ khi lưu."
)


class ArticleForm(VersionedForm, forms.ModelForm):
    conflict_what = "tin, bài này"

    anh = forms.FileField(
        label="Ảnh đại diện",
        required=False,
        help_text="Ảnh JPEG, PNG hoặc WebP; Loa tự thu nhỏ để trang tải nhanh trên điện thoại.",
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )

    class Meta:
        model = Article
        fields = ["title", "lead", "body", "reform_area", "office", "cover_alt"]
        widgets = {
            "lead": forms.Textarea(attrs={"rows": 3}),
            "body": forms.Textarea(attrs={"rows": 16}),
        }
        help_texts = {"body": BODY_HELP}
        error_messages = {
            "title": {
                "required": "Cần nhập tiêu đề tin, bài.",
                "max_length": "Tiêu đề dài quá %(limit_value)d ký tự.",
            },
            "lead": {
                "required": "Cần nhập sa pô (tóm tắt) của tin, bài.",
                "max_length": "Sa pô dài quá %(limit_value)d ký tự; hãy viết gọn hơn.",
            },
            "body": {"required": "Cần nhập nội dung tin, bài."},
            "reform_area": {
                "required": "Cần chọn lĩnh vực cải cách hành chính.",
                "invalid_choice": "Lĩnh vực này không có trong danh mục; hãy chọn trong danh sách.",
            },
            "office": {
                "invalid_choice": "Bộ phận này không thuộc đơn vị; hãy chọn trong danh sách.",
            },
        }

    def __init__(self, *args, unit, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reform_area"].queryset = ReformArea.objects.filter(is_active=True)
        self.fields["reform_area"].empty_label = "— Chọn lĩnh vực —"
        self.fields["office"].queryset = unit.offices.filter(is_active=True)
        self.fields["office"].empty_label = "— Chọn bộ phận —"

    def clean_anh(self):
        upload = self.cleaned_data.get("anh")
        if upload:
            cover_made(upload)  # refused here, with its reason, rather than at saving
        return upload

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("anh") and not cleaned.get("cover_alt", "").strip():
            self.add_error("cover_alt", "Cần mô tả ngắn nội dung ảnh cho người không xem được ảnh.")
        return cleaned


class PublishForm(forms.Form):
    dang_luc = forms.DateTimeField(
        label="Hẹn giờ đăng",
        required=False,
        help_text="Để trống để đăng ngay.",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%d/%m/%Y %H:%M"],
        error_messages={"invalid": "Thời điểm đăng chưa đúng; ví dụ 15/12/2026 07:30."},
    )

    def clean_dang_luc(self):
        at = self.cleaned_data.get("dang_luc")
        if at and at <= timezone.now():
            raise ValidationError("Thời điểm hẹn đăng phải sau lúc này; để trống để đăng ngay.")
        if at and at.year > timezone.now().year + 1:
            raise ValidationError("Chỉ hẹn đăng được trong năm nay hoặc năm sau.")
        return at


class ReasonForm(forms.Form):
    ly_do = forms.CharField(
        label="Lý do",
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "required": "Cần ghi lý do.",
            "max_length": "Lý do dài quá %(limit_value)d ký tự.",
        },
    )

    def clean_ly_do(self):
        text = self.cleaned_data["ly_do"].strip()
        if not text:
            raise ValidationError("Cần ghi lý do.")
        return text
