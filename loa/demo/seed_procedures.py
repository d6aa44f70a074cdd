"""Common commune-level administrative procedures, with their real names and fields, for
the public catalogue of the demo. No national code is given: none was read from a public
source for these rows, and a code is never guessed (the page says "Chưa cập nhật").
Times and fees are those of Luật Hộ tịch 2014, Nghị định 23/2015/NĐ-CP and
Thông tư 226/2016/TT-BTC; where unsure, the field is left empty."""

from loa.portal.models import Procedure
from loa.portal.services import procedure_save
from loa.units.models import Level

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
