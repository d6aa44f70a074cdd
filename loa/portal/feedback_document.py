"""The answer to a feedback as an official letter (công văn, Decree 30/2020/NĐ-CP): the
unit's header, "Số: 12/UBND-VP" with "V/v trả lời phản ánh, kiến nghị" under it, the
addressee, the body, "Nơi nhận" and the leader's signature.

Two copies: the officers' one is addressed to the sender by name; the public one, on the
published answers page, names nobody and holds no address, phone or e-mail (ADR 26)."""

from loa.documents.header import official_document, paragraphs_of
from loa.documents.model import Paragraph

from .feedback_services import masked
from .models import FeedbackAnswer

PUBLIC_ADDRESSEE = "Tổ chức, cá nhân gửi phản ánh, kiến nghị"


def _document(answer: FeedbackAnswer, *, addressee: str, public: bool):
    feedback, unit = answer.feedback, answer.unit
    received = f"{feedback.received_at:%d/%m/%Y}"
    who = "của tổ chức, cá nhân" if public else f"của {addressee}"
    question = feedback.public_title if public else feedback.title
    intro = [
        Paragraph(
            text=f"Ngày {received}, {unit.council_name} nhận được phản ánh, kiến nghị {who} "
            f"(mã tiếp nhận {feedback.code}) về việc: “{question}”."
        ),
        Paragraph(
            text=f"Sau khi xem xét, {unit.council_name} trả lời như sau:",
        ),
    ]
    body = paragraphs_of(masked(answer.body) if public else answer.body)
    closing = [
        Paragraph(
            text=f"Trên đây là nội dung trả lời của {unit.council_name} đối với phản ánh, kiến "
            "nghị nêu trên./."
        )
    ]
    # a công văn (the core lays it out: "V/v …" under the number, no type name)
    document = official_document(answer, intro=intro, body=body, closing=closing)
    document.header.letter_summary = f"V/v trả lời phản ánh, kiến nghị mã {feedback.code}"
    document.addressees = [addressee]
    if public:
        document.recipients = ["Như trên;", "Lưu: VT, VP."]
    return document


def answer_document(answer: FeedbackAnswer):
    """The officers' copy, addressed to the sender by name."""
    return _document(answer, addressee=f"Ông/Bà {answer.feedback.sender_name}", public=False)


def public_answer_document(answer: FeedbackAnswer):
    """The public copy: nobody named, nothing to reach them by."""
    return _document(answer, addressee=PUBLIC_ADDRESSEE, public=True)
