"""Optimistic concurrency for edit forms: nobody's save silently overwrites another's.

An edit form carries, in a hidden field `seen_version`, a fingerprint of the stored content
it was opened on. On POST the fingerprint is computed again from the database; a POST
without it, or with an older one, is refused with a Vietnamese message naming who changed
it and when (from django-simple-history), and the page shows, for each field that differs,
the version now stored ("Bản đang lưu") beside what the person typed ("Bản bạn nhập"). The
form keeps everything typed and its version is advanced to the stored one, so a second click
on Lưu overwrites deliberately. See ADR 15.

Use it on a form that edits stored content (a ModelForm on an existing row, or any form
that says what it edits):

    class TaskForm(VersionedForm, forms.ModelForm):
        conflict_what = "nhiệm vụ này"      # the subject of the message

    # the view: check again under a row lock at save time, then save
    if request.method == "POST" and form.is_valid() and form.save_if_current():
        return redirect(...)
    # or, when saving is more than form.save():
    if request.method == "POST" and form.is_valid() and form.save_if_current(lambda: _save(form)):

`save_if_current` re-reads the row with `select_for_update()` inside `transaction.atomic()`
(PostgreSQL; SQLite's IMMEDIATE transactions serialise writers), so two parallel saves from
the same version cannot both pass. A refused form is simply invalid: render it as any other
(status 400, or 200 in an htmx fragment). Templates need nothing more than the usual
`{% for field in form.hidden_fields %}{{ field }}{% endfor %}` and
`{% include "includes/form_errors.html" %}`, which includes "core/_conflict.html".

Hooks a form may override:
- `stored_object(lock=False)`: the row read fresh (default: `self.instance`'s row; a form
  that edits a plan's schedule returns the plan). None when it was deleted meanwhile.
- `stored_values(stored)`: {form field name: value as the form's initial data holds it}
  for what the form edits (default: the instance's model fields among the form's fields);
  add related content, e.g. a section's paragraphs as its "text".
- `version_data(stored)`: what the fingerprint covers (default: `stored_values`).
- `conflict_rows(stored)`: the rows of the side-by-side table (default: every field whose
  stored value differs from what was typed).
- `last_change(stored)`: the newest history record, for "who and when".
- `is_edit()`: whether the form edits something stored (default: a ModelForm whose instance
  has a primary key; a create form using the same class is left alone).
"""

import dataclasses
import datetime
import hashlib
import json

from django import forms
from django.db import models, transaction
from django.forms.models import model_to_dict
from django.utils import timezone

VERSION_FIELD = "seen_version"
EMPTY = "(để trống)"


@dataclasses.dataclass(frozen=True)
class ConflictRow:
    label: str
    stored: str
    typed: str


class VersionedForm:
    conflict_what = "nội dung này"

    CONFLICT = (
        "{what} đã được {who} sửa{when} trong khi bạn đang sửa, nên Loa chưa lưu để không ghi "
        "đè thay đổi đó."
    )
    MISSING = (
        "Trang bạn gửi không cho biết bạn sửa từ bản nào của {what_lower}, nên Loa chưa lưu để "
        "không ghi đè thay đổi của người khác."
    )
    GONE = "{what} đã bị xóa trong khi bạn đang sửa; Loa không lưu được."
    FILES = "Tệp bạn đã chọn chưa được lưu: vui lòng chọn lại trước khi bấm Lưu."
    ADVICE = (
        "Hãy so sánh bản đang lưu với bản bạn nhập ở bảng dưới, sửa nếu cần, rồi bấm Lưu lần "
        "nữa để ghi bản của bạn."
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.conflict: list[ConflictRow] = []
        if self.is_edit():
            # computed when the page is drawn, after the subclass has added its own fields
            self.fields[VERSION_FIELD] = forms.CharField(
                widget=forms.HiddenInput, required=False, initial=self.current_version
            )

    # --- hooks ------------------------------------------------------------------------

    def is_edit(self) -> bool:
        instance = getattr(self, "instance", None)
        return instance is not None and instance.pk is not None

    def stored_object(self, lock: bool = False):
        rows = type(self.instance)._default_manager.filter(pk=self.instance.pk)
        return (rows.select_for_update() if lock else rows).first()

    def stored_values(self, stored) -> dict:
        names = [n for n in self._compared_names() if _is_model_field(stored, n)]
        return model_to_dict(stored, fields=names)

    def version_data(self, stored) -> dict:
        return self.stored_values(stored)

    def conflict_rows(self, stored) -> list[ConflictRow]:
        values = self.stored_values(stored)
        rows = []
        for name in self._compared_names():
            if name not in values:
                continue
            field = self.fields[name]
            typed = _typed(self, name)
            if _differs(field, values[name], typed):
                label = str(field.label or name)
                rows.append(ConflictRow(label, shown(field, values[name]), shown(field, typed)))
        return rows

    def last_change(self, stored):
        history = getattr(stored, "history", None)
        return history.select_related("history_user").first() if history is not None else None

    # --- the check --------------------------------------------------------------------

    def current_version(self) -> str:
        stored = self.stored_object()
        return "" if stored is None else fingerprint(self.version_data(stored))

    def clean(self):
        data = super().clean()
        if self.is_edit():
            self._check(self.stored_object())
        return data

    def save_if_current(self, save=None) -> bool:
        """Lock the stored row, check the version again and save (form.save() unless told
        otherwise), all in one transaction. False, with the form refused, if it changed."""
        if not self.is_edit():
            (save or self.save)()
            return True
        with transaction.atomic():
            if not self._check(self.stored_object(lock=True)):
                return False
            (save or self.save)()
        return True

    def _check(self, stored) -> bool:
        sent = self.data.get(self.add_prefix(VERSION_FIELD)) or ""
        if stored is None:
            self.add_error(None, self.GONE.format(what=_capital(self.conflict_what)))
            return False
        current = fingerprint(self.version_data(stored))
        if sent == current:
            return True
        rows = self.conflict_rows(stored)
        if sent and not rows:
            return True  # changed meanwhile, but to exactly what this person typed
        if sent:
            message = self.CONFLICT.format(
                what=_capital(self.conflict_what), **_who_when(self.last_change(stored))
            )
        else:
            message = self.MISSING.format(what_lower=self.conflict_what)
        if self.files:  # a browser cannot keep a chosen file in a page sent back
            message = f"{message} {self.FILES}"
        self.add_error(None, f"{message} {self.ADVICE}")
        self.conflict = rows
        data = self.data.copy()
        data[self.add_prefix(VERSION_FIELD)] = current  # the next click overwrites knowingly
        self.data = data
        return False

    def _compared_names(self) -> list[str]:
        return [
            name
            for name, field in self.fields.items()
            if name != VERSION_FIELD and not isinstance(field, forms.FileField)
        ]


# --- helpers, usable by forms that override the hooks ------------------------------------


def fingerprint(values: dict) -> str:
    return hashlib.sha256(
        json.dumps(_comparable(values), sort_keys=True, default=str).encode()
    ).hexdigest()[:16]


def shown(field: forms.Field, value) -> str:
    """A value as a person reads it: the label of a choice, a date as dd/mm/yyyy."""
    if isinstance(field, forms.BooleanField):
        return "Có" if field.to_python(value) else "Không"
    if value in (None, "") or value == [] or value == ():
        return EMPTY
    if isinstance(field, forms.ChoiceField):
        labels = _choice_labels(field)
        items = value if isinstance(value, list | tuple) else [value]
        return ", ".join(
            str(v) if isinstance(v, models.Model) else labels.get(str(v), str(v)) for v in items
        )
    if isinstance(field, forms.DateField) and not isinstance(value, datetime.date):
        try:
            value = field.to_python(value)
        except forms.ValidationError:
            return str(value)
    if isinstance(value, datetime.date):
        return value.strftime("%d/%m/%Y")
    return _text(value)


def _typed(form, name):
    field = form.fields[name]
    return field.widget.value_from_datadict(form.data, form.files, form.add_prefix(name))


def _differs(field, stored, typed) -> bool:
    if isinstance(typed, str):
        typed = _text(typed)
    if isinstance(stored, str):
        stored = _text(stored)
    try:
        return field.has_changed(stored, typed)
    except (forms.ValidationError, TypeError, ValueError):
        return True


def _text(value) -> str:
    return str(value).replace("\r\n", "\n").strip()


def _choice_labels(field) -> dict[str, str]:
    labels = {}
    for value, label in field.choices:
        if isinstance(label, list | tuple):  # an option group
            labels.update({str(v): str(lab) for v, lab in label})
        else:
            labels[str(value)] = str(label)
    return labels


def _comparable(values: dict) -> dict:
    out = {}
    for name, value in values.items():
        if isinstance(value, list | tuple | set):
            value = sorted(str(v.pk if isinstance(v, models.Model) else v) for v in value)
        elif isinstance(value, models.Model):
            value = value.pk
        elif isinstance(value, str):
            value = _text(value)
        out[name] = value
    return out


def _is_model_field(obj, name: str) -> bool:
    try:
        obj._meta.get_field(name)
    except Exception:  # FieldDoesNotExist, or not a model at all
        return False
    return True


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _who_when(record) -> dict:
    if record is None:
        return {"who": "người khác", "when": ""}
    user = getattr(record, "history_user", None)
    moment = timezone.localtime(record.history_date)
    return {
        "who": str(user) if user else "người khác",
        "when": f" lúc {moment:%H:%M} ngày {moment:%d/%m/%Y}",
    }
