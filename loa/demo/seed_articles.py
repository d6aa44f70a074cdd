"""The CCHC column of Xã Đường An (ADR 25): articles written by the demo officer and
published by the demo leader through the column's services, so each one logs itself as an
activity on the web-portal channel. Run again, adds none twice."""

import datetime

from django.utils import timezone

from loa.accounts.models import User
from loa.plans.models import ReformArea
from loa.portal import services
from loa.portal.models import Article
from loa.units.models import Unit

# (reform area code, days ago, title, lead, body as the officer types it)
ARTICLES = [
    (
        "procedures",
        2,
        "Bộ phận Một cửa xã Đường An tiếp nhận hồ sơ cả sáng thứ Bảy",
        "Từ tháng này, Bộ phận Tiếp nhận và Trả kết quả của xã làm việc thêm sáng thứ Bảy để "
        "người dân đi làm xa có thể nộp hồ sơ, nhận kết quả.",
        "## Thời gian làm việc\n\nBộ phận Một cửa làm việc từ thứ Hai đến thứ Sáu và sáng thứ "
        "Bảy, từ 7 giờ 30 đến 11 giờ 30.\n\n## Những việc giải quyết được\n\n"
        "- Đăng ký khai sinh, khai tử, kết hôn\n- Chứng thực bản sao, chữ ký\n"
        "- Xác nhận tình trạng hôn nhân",
    ),
    (
        "digital_government",
        5,
        "Hướng dẫn kích hoạt tài khoản định danh điện tử mức độ 2 trên VNeID",
        "Công an xã phối hợp Đoàn Thanh niên hỗ trợ người dân kích hoạt tài khoản VNeID mức "
        "độ 2 ngay tại nhà văn hóa các thôn.",
        "Tài khoản định danh điện tử mức độ 2 giúp người dân đăng nhập Cổng Dịch vụ công quốc "
        "gia, nộp hồ sơ trực tuyến mà không phải khai lại thông tin.\n\n## Cần mang theo\n\n"
        "- Căn cước hoặc căn cước công dân gắn chíp\n- Điện thoại thông minh có số thuê bao "
        "chính chủ\n\n## Lịch hỗ trợ\n\nTổ công tác có mặt tại nhà văn hóa từng thôn vào các "
        "buổi tối thứ Ba và thứ Năm hằng tuần.",
    ),
    (
        "digital_government",
        9,
        "Nộp hồ sơ đăng ký khai sinh trực tuyến: đơn giản hơn người dân nghĩ",
        "Chỉ với điện thoại và tài khoản VNeID, cha mẹ có thể đăng ký khai sinh cho con và "
        "nhận bản điện tử giấy khai sinh mà không cần đến trụ sở.",
        "## Các bước thực hiện\n\n- Đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản VNeID\n"
        "- Chọn dịch vụ liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y "
        "tế cho trẻ dưới 6 tuổi\n- Điền tờ khai, đính kèm giấy chứng sinh\n\nCông chức Tư pháp "
        "- Hộ tịch luôn sẵn sàng hướng dẫn qua đường dây nóng của xã.",
    ),
    (
        "public_finance",
        14,
        "Thanh toán lệ phí, phí thủ tục hành chính không dùng tiền mặt",
        "Người dân có thể quét mã QR tại Bộ phận Một cửa hoặc thanh toán ngay trên Cổng Dịch vụ "
        "công quốc gia khi nộp hồ sơ trực tuyến.",
        "Thanh toán trực tuyến giúp người dân không phải mang theo tiền mặt, có biên lai điện "
        "tử lưu lại và rút ngắn thời gian chờ.\n\nTrong tháng qua, hơn một nửa số hồ sơ có "
        "thu phí tại xã đã được thanh toán trực tuyến.",
    ),
    (
        "apparatus",
        20,
        "Chính quyền địa phương hai cấp: người dân làm thủ tục ở đâu?",
        "Sau khi sắp xếp đơn vị hành chính, xã Đường An tiếp nhận hồ sơ của người dân xã Thúc "
        "Kháng cũ; hồ sơ trước đây của huyện nay phần lớn giải quyết ngay tại xã.",
        "## Những điều cần biết\n\n- Trụ sở và Bộ phận Một cửa của xã đặt tại trụ sở UBND xã "
        "Đường An\n- Giấy tờ đã cấp trước ngày 01/7/2025 vẫn còn giá trị sử dụng, người dân "
        "không phải làm lại\n- Hồ sơ có thể nộp tại bất kỳ điểm tiếp nhận nào trên địa bàn "
        "thành phố, không phụ thuộc nơi cư trú",
    ),
    (
        "direction",
        30,
        "UBND xã đối thoại với người dân về giải quyết thủ tục hành chính",
        "Hơn 80 đại biểu là người dân, hộ kinh doanh đã nêu ý kiến về thời gian giải quyết hồ "
        "sơ đất đai, hộ tịch và chất lượng phục vụ của Bộ phận Một cửa.",
        "Tại buổi đối thoại, lãnh đạo UBND xã đã trả lời trực tiếp các ý kiến và giao các bộ "
        "phận chuyên môn khắc phục những tồn tại.\n\n> Mọi phản ánh về thái độ phục vụ, người "
        "dân gửi qua đường dây nóng hoặc hòm thư góp ý đặt tại Bộ phận Một cửa.",
    ),
    (
        "civil_service",
        40,
        "Công chức xã được tập huấn kỹ năng hướng dẫn dịch vụ công trực tuyến",
        "Toàn bộ công chức chuyên môn của xã tham gia lớp tập huấn để hỗ trợ người dân nộp hồ "
        "sơ trực tuyến ngay tại Bộ phận Một cửa.",
        "Nội dung tập huấn gồm cách tạo tài khoản, số hóa hồ sơ, ký số và trả kết quả điện "
        "tử.\n\nSau tập huấn, mỗi công chức phụ trách hướng dẫn người dân một nhóm thủ tục.",
    ),
]


def articles_load(*, unit_key: str, officer: str, leader: str) -> int:
    """The demo column of the unit; returns how many articles were added."""
    unit = Unit.objects.get(key=unit_key)
    writer, approver = User.objects.get(username=officer), User.objects.get(username=leader)
    office = unit.offices.filter(abbreviation="VHXH").first()
    added = 0
    now = timezone.now()
    for area, days_ago, title, lead, body in ARTICLES:
        if Article.objects.filter(unit=unit, title=title).exists():
            continue
        article = services.article_save(
            article=Article(
                unit=unit,
                title=title,
                lead=lead,
                body=body,
                reform_area=ReformArea.objects.get(code=area),
                office=office,
            ),
            by=writer,
        )
        services.article_submit(article=article, by=writer)
        services.article_publish(article=article, by=approver)
        # the demo's articles appeared over the last weeks: dated back, with their activity
        day = now - datetime.timedelta(days=days_ago)
        Article.objects.filter(pk=article.pk).update(published_at=day)
        article.activity.started_on = timezone.localdate(day)
        article.activity.save(update_fields=["started_on"])
        added += 1
    return added
