"""Common commune-level administrative procedures, with their real names and fields, for
the public catalogue of the demo. A national code is given only where public sources give
it: 1.001193 for "Đăng ký khai sinh", read in several public repositories that work with
dichvucong.gov.vn (a parser of its page ?ma_thu_tuc=1.001193, a form helper keyed on
maThuTuc=1.001193), not checked on the portal itself; the other codes are left empty and
never guessed (the page says "Chưa cập nhật").
Times and fees are those of Luật Hộ tịch 2014, Nghị định 23/2015/NĐ-CP and
Thông tư 226/2016/TT-BTC; where unsure, the field is left empty.

A few announcements cite a decision marked as the demo's own (no real decision is
quoted), and Đường An has posted its list once (ADR 27)."""

import datetime

from django.utils import timezone

from loa.accounts.models import User
from loa.portal.models import ChangeStatus, Procedure, ProcedureChange, ProcedurePosting
from loa.portal.queries import procedures_for
from loa.portal.services import procedure_posting_record, procedure_save
from loa.units.models import Level, Unit

HO_TICH = "Hộ tịch"
CHUNG_THUC = "Chứng thực"
LUAT_HO_TICH = "Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014."
ND_CHUNG_THUC = (
    "Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ về cấp bản sao từ sổ gốc, "
    "chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch."
)
SAME_DAY = (
    "Ngay trong ngày tiếp nhận yêu cầu; trường hợp tiếp nhận sau 15 giờ thì trả kết quả "
    "trong ngày làm việc tiếp theo."
)

PROCEDURES = [
    {
        "name": "Đăng ký khai sinh",
        "code": "1.001193",
        "field": HO_TICH,
        "processing_time": SAME_DAY,
        "fee": "Miễn lệ phí khi đăng ký đúng hạn.",
        "documents": "Tờ khai đăng ký khai sinh theo mẫu.\nGiấy chứng sinh; nếu không có thì "
        "văn bản của người làm chứng xác nhận về việc sinh.",
        "legal_basis": LUAT_HO_TICH,
    },
    {
        "name": "Đăng ký kết hôn",
        "field": HO_TICH,
        "documents": "Tờ khai đăng ký kết hôn theo mẫu.\nHai bên nam, nữ cùng có mặt khi "
        "đăng ký kết hôn.",
        "legal_basis": LUAT_HO_TICH,
    },
    {
        "name": "Đăng ký khai tử",
        "field": HO_TICH,
        "processing_time": SAME_DAY,
        "fee": "Miễn lệ phí khi đăng ký đúng hạn.",
        "documents": "Tờ khai đăng ký khai tử theo mẫu.\nGiấy báo tử hoặc giấy tờ thay Giấy "
        "báo tử.",
        "legal_basis": LUAT_HO_TICH,
    },
    {"name": "Đăng ký nhận cha, mẹ, con", "field": HO_TICH, "legal_basis": LUAT_HO_TICH},
    {
        "name": "Đăng ký khai sinh kết hợp nhận cha, mẹ, con",
        "field": HO_TICH,
        "legal_basis": LUAT_HO_TICH,
    },
    {"name": "Đăng ký giám hộ", "field": HO_TICH, "legal_basis": LUAT_HO_TICH},
    {"name": "Đăng ký chấm dứt giám hộ", "field": HO_TICH, "legal_basis": LUAT_HO_TICH},
    {
        "name": "Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch",
        "field": HO_TICH,
        "legal_basis": LUAT_HO_TICH,
    },
    {
        "name": "Cấp Giấy xác nhận tình trạng hôn nhân",
        "field": HO_TICH,
        "legal_basis": LUAT_HO_TICH,
    },
    {"name": "Cấp bản sao trích lục hộ tịch", "field": HO_TICH, "legal_basis": LUAT_HO_TICH},
    {"name": "Đăng ký lại khai sinh", "field": HO_TICH, "legal_basis": LUAT_HO_TICH},
    {"name": "Đăng ký lại kết hôn", "field": HO_TICH, "legal_basis": LUAT_HO_TICH},
    {
        "name": "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có "
        "thẩm quyền của Việt Nam cấp hoặc chứng nhận",
        "field": CHUNG_THUC,
        "processing_time": SAME_DAY,
        "fee": "2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa không quá "
        "200.000 đồng/bản.",
        "documents": "Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao và bản sao "
        "cần chứng thực.",
        "legal_basis": ND_CHUNG_THUC,
    },
    {
        "name": "Chứng thực chữ ký trong các giấy tờ, văn bản",
        "field": CHUNG_THUC,
        "processing_time": SAME_DAY,
        "fee": "10.000 đồng/trường hợp.",
        "documents": "Giấy tờ tùy thân còn giá trị sử dụng của người yêu cầu chứng thực.\n"
        "Giấy tờ, văn bản sẽ ký.",
        "legal_basis": ND_CHUNG_THUC,
    },
    {
        "name": "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử "
        "dụng đất, nhà ở",
        "field": CHUNG_THUC,
        "legal_basis": ND_CHUNG_THUC,
    },
    {
        "name": "Chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản, "
        "quyền sử dụng đất, nhà ở",
        "field": CHUNG_THUC,
        "legal_basis": ND_CHUNG_THUC,
    },
]


def procedures_load() -> int:
    """The demo's commune-level procedures; run again, adds none twice. Returns how many
    it added."""
    have = set(Procedure.objects.filter(level=Level.COMMUNE).values_list("name", flat=True))
    added = 0
    for row in PROCEDURES:
        if row["name"] in have:
            continue
        procedure_save(procedure=Procedure(level=Level.COMMUNE, **row))
        added += 1
    return added


DEMO_DECISION = "01/QĐ-UBND"
DEMO_NOTE = "Dữ liệu mẫu của Loa, không phải quyết định thật."
CHANGES = [
    ("Đăng ký khai sinh", ChangeStatus.AMENDED),
    ("Đăng ký kết hôn", ChangeStatus.AMENDED),
    ("Chứng thực chữ ký trong các giấy tờ, văn bản", ChangeStatus.NEW),
]


def procedure_changes_load(*, decided_on: datetime.date) -> int:
    """The demo's announcements, one decision for a few procedures; run again, adds none."""
    added = 0
    for name, status in CHANGES:
        procedure = Procedure.objects.filter(level=Level.COMMUNE, name=name).first()
        if procedure is None or procedure.changes.filter(decision_number=DEMO_DECISION).exists():
            continue
        ProcedureChange.objects.create(
            procedure=procedure,
            status=status,
            decision_number=DEMO_DECISION,
            decision_date=decided_on,
            note=DEMO_NOTE,
        )
        added += 1
    return added


def posting_load(*, unit_key: str, officer: str) -> ProcedurePosting | None:
    """Đường An posted its list at the desk and on its page once, a week ago, logged as an
    activity of the procedure-posting channel. Run again, posts nothing more."""
    unit = Unit.objects.get(key=unit_key)
    if unit.procedure_postings.exists():
        return None
    day = timezone.localdate() - datetime.timedelta(days=7)
    procedure_changes_load(decided_on=day - datetime.timedelta(days=20))
    return procedure_posting_record(
        unit=unit,
        posted_on=day,
        at_desk=True,
        on_portal=True,
        decision_number=DEMO_DECISION,
        decision_date=day - datetime.timedelta(days=20),
        procedures=procedures_for(unit).count(),
        by=User.objects.get(username=officer),
    )
