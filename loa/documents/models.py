"""The core of every official document a unit issues (Decree 30/2020/NĐ-CP): plans,
reports, and the kinds still to come (an answer to a citizen, a decision).

A kind of document is a concrete model that inherits `OfficialDocument`, names its
`document_type` and its symbol's default, and adds its own content fields. The core owns
the header (issuer, number, place and date, trích yếu), the recipients, the signer and one
state machine; `services.py` runs the transitions, `header.py` and `signature.py` build
what is printed from plain values.
"""

from django.conf import settings
from django.db import models
from django.db.models import F
from django.db.models.functions import ExtractYear
from django.urls import reverse
from django_fsm import ConcurrentTransitionMixin, FSMField, transition

from loa.units.models import Office, Unit


class DocumentType(models.TextChoices):
    """The name of the kind (tên loại) and its abbreviation in the symbol (Phụ lục III)."""

    PLAN = "KH", "Kế hoạch"
    REPORT = "BC", "Báo cáo"
    DECISION = "QĐ", "Quyết định"
    OFFICIAL_LETTER = "CV", "Công văn"


FILE_PREFIX = {
    DocumentType.PLAN: "ke-hoach",
    DocumentType.REPORT: "bao-cao",
    DocumentType.DECISION: "quyet-dinh",
    DocumentType.OFFICIAL_LETTER: "cong-van",
}


class DocumentStatus(models.TextChoices):
    DRAFT = "draft", "Dự thảo"
    SUBMITTED = "submitted", "Đã trình lãnh đạo"
    ISSUED = "issued", "Đã ban hành"
    SENT = "sent", "Đã gửi cấp trên"
    SUPERSEDED = "superseded", "Đã được thay thế"


class SignatureAuthority(models.TextChoices):
    """Thẩm quyền ký (Decree 30, Phụ lục I, II.7)."""

    TM = "tm", "TM. (cấp trưởng ký thay mặt tập thể)"
    KT = "kt", "KT. (cấp phó ký thay cấp trưởng)"
    Q = "q", "Q. (được giao quyền cấp trưởng)"
    TL = "tl", "TL. (ký thừa lệnh)"
    TUQ = "tuq", "TUQ. (ký thừa ủy quyền)"
    HEAD = "head", "Cấp trưởng ký, không ghi thẩm quyền"


class DocumentRegister(models.Model):
    """The clerk's register (sổ đăng ký văn bản): the last number given, per issuing unit,
    calendar year and document symbol ("KH-UBND", "BC-UBND")."""

    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="registers")
    year = models.PositiveSmallIntegerField()
    symbol = models.CharField(max_length=30)
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "sổ đăng ký văn bản"
        verbose_name_plural = "sổ đăng ký văn bản"
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "year", "symbol"], name="unique_document_register"
            )
        ]

    def __str__(self) -> str:
        return f"{self.unit} — {self.symbol} — {self.year}: {self.last_number}"


class OfficialDocument(ConcurrentTransitionMixin, models.Model):
    """What every administrative document of a unit has. Abstract: each kind is its own
    table, with its own permissions named `<app>.<action>_<model>`."""

    document_type: DocumentType  # set by each kind
    goes_upward = False  # True for kinds sent to the level above (reports): adds "sent"

    unit = models.ForeignKey(
        Unit, on_delete=models.PROTECT, related_name="%(class)ss", verbose_name="đơn vị"
    )
    year = models.PositiveSmallIntegerField("năm")
    title = models.CharField("trích yếu", max_length=300)
    status = FSMField(
        "trạng thái",
        default=DocumentStatus.DRAFT,
        choices=DocumentStatus.choices,
        protected=True,
    )

    # Header: boxes 2–4
    number = models.PositiveIntegerField("số", null=True, blank=True, editable=False)
    symbol = models.CharField("ký hiệu", max_length=30)
    place = models.CharField(
        "địa danh", max_length=100, blank=True, help_text="Ghi ở dòng “…, ngày … tháng … năm …”."
    )
    issued_on = models.DateField("ngày ban hành", null=True, blank=True, editable=False)
    show_parent_body = models.BooleanField(
        "ghi cơ quan chủ quản ở tiêu đề",
        default=True,
        help_text="Văn bản cấp xã trước 01/7/2025 ghi “UBND huyện …” phía trên tên đơn vị.",
    )

    # Recipients: "Kính gửi" (box 9a) and "Nơi nhận" (box 9b)
    addressee = models.CharField("kính gửi", max_length=200, blank=True)
    recipients = models.TextField(
        "nơi nhận", blank=True, help_text="Mỗi dòng một nơi nhận; dòng cuối “Lưu: VT, …”."
    )
    drafting_office = models.ForeignKey(
        Office,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="bộ phận soạn thảo",
    )

    # Signer: boxes 7a–7c, filled when the document is issued
    signature_authority = models.CharField(
        "thẩm quyền ký",
        max_length=8,
        choices=SignatureAuthority.choices,
        default=SignatureAuthority.TM,
    )
    signed_for_collective = models.BooleanField("ghi “TM. Ủy ban nhân dân” phía trên", default=True)
    signer_position = models.CharField("chức vụ người ký", max_length=100, default="Chủ tịch")
    signer_name = models.CharField("họ tên người ký", max_length=100, blank=True)
    signed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )

    # Workflow
    return_reason = models.TextField("lý do trả lại", blank=True, editable=False)
    submitted_at = models.DateTimeField("trình lúc", null=True, blank=True, editable=False)
    sent_at = models.DateTimeField("gửi lúc", null=True, blank=True, editable=False)
    previous_version = models.OneToOneField(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="next_version",
        editable=False,
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True
        constraints = [
            # numbers run per issuing unit, symbol and calendar year of issue
            models.UniqueConstraint(
                F("unit"),
                F("symbol"),
                ExtractYear("issued_on"),
                F("number"),
                name="%(app_label)s_%(class)s_unique_number",
                condition=models.Q(number__isnull=False),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse(f"{self._meta.app_label}:detail", args=[self.pk])

    # --- the state machine: each transition says what it changes; services do the rest ---
    @transition(field="status", source=DocumentStatus.DRAFT, target=DocumentStatus.SUBMITTED)
    def submit(self, *, at):
        """An officer sends the draft to the leader: the last return reason is cleared."""
        self.return_reason, self.submitted_at = "", at

    @transition(field="status", source=DocumentStatus.SUBMITTED, target=DocumentStatus.DRAFT)
    def send_back(self, *, reason: str):
        """The leader returns the draft with a reason, which the officer sees."""
        self.return_reason = reason

    @transition(field="status", source=DocumentStatus.SUBMITTED, target=DocumentStatus.ISSUED)
    def issue(self, *, number: int, on, by, signature: dict):
        """The leader signs: number from the register, date, signer and signature block;
        the document is read-only from now on."""
        self.number, self.issued_on, self.signed_by = number, on, by
        for field, value in signature.items():
            setattr(self, field, value)

    @transition(
        field="status",
        source=DocumentStatus.ISSUED,
        target=DocumentStatus.SENT,
        conditions=[lambda doc: doc.goes_upward],
    )
    def send(self, *, at):
        """The issued document goes to the level above; the time is kept for on-time checks."""
        self.sent_at = at

    @transition(
        field="status",
        source=[DocumentStatus.ISSUED, DocumentStatus.SENT],
        target=DocumentStatus.SUPERSEDED,
    )
    def supersede(self):
        """An amended version was issued in its place; this one stays, read-only."""

    # --- reading ------------------------------------------------------------------------------
    @property
    def is_editable(self) -> bool:
        return self.status == DocumentStatus.DRAFT

    @property
    def number_text(self) -> str:
        """ "14/KH-UBND"; blanks for the number while unnumbered ("     /KH-UBND")."""
        if self.number is None:
            return "\u00a0" * 6 + f"/{self.symbol}"
        return f"{self.number:02d}/{self.symbol}"

    @property
    def file_stem(self) -> str:
        """ "ke-hoach-14-2024-10738" (or "ke-hoach-du-thao-…" before issue)."""
        number = f"{self.number:02d}" if self.number else "du-thao"
        return f"{FILE_PREFIX[self.document_type]}-{number}-{self.year}-{self.unit.code}"

    @property
    def reference(self) -> str:
        """ "Kế hoạch số 14/KH-UBND ngày 14/02/2023" (or "Dự thảo kế hoạch" before issue)."""
        noun = self.document_type.label
        if self.number is None:
            return f"Dự thảo {noun.lower()}"
        return f"{noun} số {self.number_text} ngày {self.issued_on:%d/%m/%Y}"
