"""Forms of contests: the organiser's (a contest, a question with its options) and the
participant's (the registration, the attempt's sheet built from the drawn questions). A
refused form keeps everything typed."""

from django import forms

from loa.core.concurrency import VersionedForm
from loa.units.models import Unit

from .models import AgeGroup, Contest
from .services import EDITED_FIELDS

LETTERS = "ABCD"
DATETIME = {"type": "datetime-local"}
# what a contest may ask for: also what every database's small integers hold
BOUNDS = {
    "questions_per_attempt": 200,
    "seconds_per_attempt": 24 * 3600,
    "attempts_per_person": 100,
    "first_prizes": 1000,
    "second_prizes": 1000,
    "third_prizes": 1000,
    "consolation_prizes": 1000,
}


class NewContestForm(forms.Form):
    title = forms.CharField(label="Tên cuộc thi", max_length=300)


class ContestForm(VersionedForm, forms.ModelForm):
    conflict_what = "thông tin cuộc thi"

    class Meta:
        model = Contest
        fields = list(EDITED_FIELDS)  # services.contest_save checks what may change
        widgets = {
            "rules": forms.Textarea(attrs={"rows": 8}),
            "opens_at": forms.DateTimeInput(attrs=DATETIME, format="%Y-%m-%dT%H:%M"),
            "closes_at": forms.DateTimeInput(attrs=DATETIME, format="%Y-%m-%dT%H:%M"),
        }

    def clean(self):
        data = super().clean()
        start, end = data.get("opens_at"), data.get("closes_at")
        for name, value in (("opens_at", start), ("closes_at", end)):
            # a year the database cannot hold once turned to UTC, or a typing slip
            if value and not 2000 <= value.year <= 2100:
                self.add_error(name, "Năm phải trong khoảng từ 2000 đến 2100.")
                start = end = None
        if start and end and end <= start:
            self.add_error("closes_at", "Thời gian kết thúc phải sau thời gian bắt đầu.")
        for name in ("questions_per_attempt", "seconds_per_attempt", "attempts_per_person"):
            if data.get(name) == 0:
                self.add_error(name, "Giá trị phải lớn hơn 0.")
        for name, most in BOUNDS.items():
            if (data.get(name) or 0) > most:
                self.add_error(name, f"Giá trị tối đa là {most:,}.".replace(",", "."))
        return data


class QuestionForm(forms.Form):
    text = forms.CharField(
        label="Câu hỏi", max_length=1000, widget=forms.Textarea(attrs={"rows": 3})
    )
    a = forms.CharField(label="Phương án A", max_length=500)
    b = forms.CharField(label="Phương án B", max_length=500)
    c = forms.CharField(label="Phương án C", max_length=500, required=False)
    d = forms.CharField(label="Phương án D", max_length=500, required=False)
    correct = forms.ChoiceField(
        label="Đáp án đúng",
        choices=[(letter, letter) for letter in LETTERS],
        widget=forms.RadioSelect,
    )

    def clean(self):
        data = super().clean()
        letter = data.get("correct")
        if letter and not (data.get(letter.lower()) or "").strip():
            self.add_error("correct", f"Phương án {letter} đang để trống, không là đáp án được.")
        return data

    @property
    def options(self) -> list[str]:
        return [self.cleaned_data.get(letter.lower(), "") for letter in LETTERS]

    @property
    def correct_index(self) -> int:
        # the blanks before the right option are dropped by the service: count only filled
        letter = self.cleaned_data["correct"]
        filled = [x for x in LETTERS if (self.cleaned_data.get(x.lower()) or "").strip()]
        return filled.index(letter)


class RegistrationForm(forms.Form):
    name = forms.CharField(label="Họ và tên", max_length=200)
    phone = forms.CharField(
        label="Số điện thoại",
        max_length=20,
        help_text="Dùng để liên hệ khi trao giải; không công bố công khai.",
    )
    place = forms.CharField(label="Địa chỉ hoặc nơi công tác", max_length=300)
    age_group = forms.ChoiceField(
        label="Độ tuổi", choices=[("", "— Chọn độ tuổi —"), *AgeGroup.choices]
    )
    unit = forms.ModelChoiceField(
        label="Đơn vị (xã, phường nơi Ông/Bà sinh sống hoặc công tác)",
        queryset=Unit.objects.none(),
        empty_label="— Chọn đơn vị —",
        widget=forms.Select(attrs={"data-unit-filter": ""}),
    )
    challenge = forms.CharField(widget=forms.HiddenInput, required=False)
    pow_nonce = forms.CharField(widget=forms.HiddenInput, required=False, max_length=40)
    answer = forms.CharField(label="Kết quả phép tính", required=False, max_length=10)

    def __init__(self, *args, contest: Contest, **kwargs):
        super().__init__(*args, **kwargs)
        organiser = contest.unit
        self.fields["unit"].queryset = (
            Unit.objects.in_subtree(organiser).current().by_vietnamese_name()
        )
        self.fields["unit"].label_from_instance = lambda u: u.name

    def clean_phone(self):
        from .services import phone_normalise

        phone = phone_normalise(self.cleaned_data["phone"])
        if not phone:
            raise forms.ValidationError(
                "Số điện thoại chưa đúng: nhập 10 chữ số, bắt đầu bằng 0 (ví dụ 0912345678)."
            )
        return phone


class AttemptForm(forms.Form):
    """One radio group per drawn question, its options in the attempt's shuffled order;
    nothing in a choice tells which one is right."""

    prediction = forms.IntegerField(
        label="Câu hỏi phụ: Ông/Bà dự đoán có bao nhiêu người tham gia cuộc thi?",
        min_value=0,
        max_value=10_000_000,
    )

    def __init__(self, *args, questions: list, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        for question, options in questions:
            self.fields[f"q{question.pk}"] = forms.TypedChoiceField(
                label=question.text,
                choices=[(o.pk, o.text) for o in options],
                coerce=int,
                required=False,
                widget=forms.RadioSelect,
            )
        self.order_fields([f"q{q.pk}" for q, _ in questions] + ["prediction"])

    @property
    def picked(self) -> dict[int, int]:
        return {
            question.pk: self.cleaned_data[f"q{question.pk}"]
            for question, _ in self.questions
            if self.cleaned_data.get(f"q{question.pk}")
        }


class QuestionImportForm(forms.Form):
    file = forms.FileField(
        label="Tệp Excel (.xlsx)",
        help_text="Trang tính thứ nhất có các cột Câu hỏi, A, B, C, D, Đáp án; mỗi dòng một "
        "câu hỏi, cột Đáp án ghi chữ cái của phương án đúng. Tối đa 1.000 câu, 5 MB.",
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx"}),
    )
