"""Forms of surveys: the officer's (a survey, a question) and the citizen's answer sheet,
built from the survey's questions. A refused sheet keeps everything typed."""

from django import forms

from loa.core.concurrency import VersionedForm

from .models import Choice, Kind, Question, Survey


class SurveyForm(VersionedForm, forms.ModelForm):
    conflict_what = "thông tin chung của cuộc khảo sát"

    class Meta:
        model = Survey
        fields = ["title", "intro", "opens_on", "closes_on", "kiosk"]
        widgets = {
            "intro": forms.Textarea(attrs={"rows": 4}),
            "opens_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "closes_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def clean(self):
        data = super().clean()
        start, end = data.get("opens_on"), data.get("closes_on")
        if start and end and end < start:
            self.add_error("closes_on", "Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.")
        return data


class NewSurveyForm(forms.Form):
    title = forms.CharField(label="Tên cuộc khảo sát", max_length=300)
    start = forms.ChoiceField(
        label="Bắt đầu từ",
        choices=[
            ("sipas", "Mẫu phiếu khảo sát mức độ hài lòng (SIPAS): 5 yếu tố, sẵn sàng sử dụng"),
            ("empty", "Phiếu trống, tự soạn câu hỏi"),
        ],
        initial="sipas",
        widget=forms.RadioSelect,
    )


class QuestionForm(forms.ModelForm):
    labels = forms.CharField(
        label="Các lựa chọn (mỗi dòng một lựa chọn)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="Chỉ dùng cho câu hỏi chọn một, chọn nhiều. Thang 5 mức tự có năm mức từ "
        "“Rất không hài lòng” đến “Rất hài lòng”.",
    )

    class Meta:
        model = Question
        fields = ["text", "hint", "kind", "required", "factor", "aspect", "asks_field", "show_if"]

    def __init__(self, *args, survey: Survey, **kwargs):
        super().__init__(*args, **kwargs)
        earlier = survey.questions.exclude(kind__in=[Kind.SHORT, Kind.LONG])
        if self.instance.pk:
            earlier = earlier.filter(order__lt=self.instance.order)
            if self.instance.kind in (Kind.SINGLE, Kind.MULTIPLE):
                self.initial.setdefault(
                    "labels", "\n".join(c.label for c in self.instance.choices.all())
                )
        self.fields["show_if"].queryset = (
            Choice.objects.filter(question__in=earlier)
            .select_related("question")
            .order_by("question__order", "order")
        )
        self.fields["show_if"].label_from_instance = lambda c: f"{c.question.text[:60]}: {c.label}"
        self.fields["show_if"].label = "Chỉ hỏi khi người trả lời đã chọn"
        self.fields["show_if"].empty_label = "Luôn hỏi"

    def clean_labels(self) -> list[str]:
        lines = [line.strip() for line in self.cleaned_data["labels"].splitlines()]
        labels = list(dict.fromkeys(line[:300] for line in lines if line))
        if len(labels) > 30:
            raise forms.ValidationError("Một câu hỏi có tối đa 30 lựa chọn.")
        return labels

    def clean(self):
        data = super().clean()
        if data.get("kind") in (Kind.SINGLE, Kind.MULTIPLE) and len(data.get("labels", [])) < 2:
            self.add_error("labels", "Câu hỏi lựa chọn cần ít nhất hai lựa chọn, mỗi dòng một.")
        if data.get("asks_field") and data.get("kind") != Kind.SINGLE:
            self.add_error("asks_field", "Câu hỏi lĩnh vực thủ tục phải là câu hỏi chọn một.")
        return data


def _field_for(question: Question):
    choices = [(str(c.pk), c.label) for c in question.choices.all()]
    common = {"label": question.text, "required": False, "help_text": question.hint}
    if question.kind == Kind.MULTIPLE:
        return forms.MultipleChoiceField(
            choices=choices, widget=forms.CheckboxSelectMultiple, **common
        )
    if question.kind in (Kind.SINGLE, Kind.SCALE):
        return forms.ChoiceField(choices=choices, widget=forms.RadioSelect, **common)
    if question.kind == Kind.SHORT:
        return forms.CharField(max_length=300, **common)
    return forms.CharField(max_length=4000, widget=forms.Textarea(attrs={"rows": 4}), **common)


class AnswerForm(forms.Form):
    """One field per question, named q<pk>. A conditional question whose condition is not
    met is neither required nor kept."""

    def __init__(self, *args, questions: list[Question], **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        self.by_choice = {c.pk: c for q in questions for c in q.choices.all()}
        for q in questions:
            self.fields[f"q{q.pk}"] = _field_for(q)

    def _picked(self, question: Question, data) -> list[Choice]:
        value = data.get(f"q{question.pk}")
        values = value if isinstance(value, list) else [value] if value else []
        return [self.by_choice[int(v)] for v in values]

    def clean(self):
        data = super().clean()
        self.answers = {}
        # every choice ticked, whatever the order: a condition may name a later question
        picked_ids = {c.pk for q in self.questions if q.has_choices for c in self._picked(q, data)}
        for q in self.questions:
            if f"q{q.pk}" not in data:  # refused by its field already
                continue
            if q.show_if_id and q.show_if_id not in picked_ids:
                continue  # not asked of this respondent
            if q.has_choices:
                picked = self._picked(q, data)
                if picked:
                    self.answers[q] = picked if q.kind == Kind.MULTIPLE else picked[0]
            elif data[f"q{q.pk}"].strip():
                self.answers[q] = data[f"q{q.pk}"].strip()
            if q.required and q not in self.answers:
                self.add_error(f"q{q.pk}", "Xin Ông/Bà trả lời câu hỏi này.")
        return data
