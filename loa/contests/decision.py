"""The results decision as an official document (Decree 30/2020/NĐ-CP): the organiser's
header, "Số: 05/QĐ-UBND", QUYẾT ĐỊNH with its summary, the grounds, the three articles and
the prize list as a table, "Nơi nhận" and the leader's signature. It names each winner and
their unit, never a phone (ADR 32)."""

from loa.documents.header import official_document
from loa.documents.model import Column, Paragraph, Table

from .models import ResultsDecision


def decision_document(decision: ResultsDecision):
    contest, unit = decision.contest, decision.unit
    people, attempts = decision.people, decision.attempts
    intro = [
        Paragraph(
            text=f"Căn cứ Thể lệ cuộc thi “{contest.title}” do {unit.council_full_name} ban hành;"
        ),
        Paragraph(text="Xét kết quả chấm thi trên hệ thống thi trực tuyến,"),
        Paragraph(runs=[("QUYẾT ĐỊNH:", "bold")], centered=True),
    ]
    body = [
        Paragraph(
            runs=[
                ("Điều 1. ", "bold"),
                (
                    f"Công nhận kết quả cuộc thi “{contest.title}” với {people} người tham gia, "
                    f"{attempts} lượt thi, và khen thưởng {len(decision.prizes)} cá nhân đạt giải "
                    "có tên trong danh sách dưới đây:",
                    "",
                ),
            ]
        ),
        Table(
            columns=[
                Column("STT", 12, "center"),
                Column("Họ và tên", 52),
                Column("Đơn vị", 56),
                Column("Giải", 42),  # "Giải Khuyến khích" on one line
            ],
            rows=[
                [str(n), p["name"], p["unit"], p["prize"]]
                for n, p in enumerate(decision.prizes, start=1)
            ],
        ),
    ]
    # the last articles go with the signature: never a signature alone on its page
    closing = [
        Paragraph(runs=[("Điều 2. ", "bold"), ("Quyết định này có hiệu lực kể từ ngày ký.", "")]),
        Paragraph(
            runs=[
                ("Điều 3. ", "bold"),
                (
                    "Bộ phận tổ chức cuộc thi, các cơ quan, đơn vị có liên quan và các cá nhân có "
                    "tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
                    "",
                ),
            ]
        ),
    ]
    return official_document(decision, intro=intro, body=body, closing=closing)
