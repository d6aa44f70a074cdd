"""Catalogue items every unit has from the start; each item the seeds name is here.
(code, name, kind, counting unit, counts participants) for channels."""

CHANNELS = [
    ("radio", "Tin, bài, chuyên mục CCHC trên đài truyền thanh", "traditional", "tin, bài", False),
    ("web_portal", "Tin, bài trên trang, cổng thông tin điện tử", "online", "tin, bài", False),
    ("social_media", "Bài đăng trên Zalo, Facebook của đơn vị", "online", "bài đăng", False),
    ("press_tv", "Tin, bài, phóng sự trên báo chí, truyền hình", "traditional", "tin, bài", False),
    ("banner", "Băng rôn, khẩu hiệu", "traditional", "băng rôn", False),
    ("panel_poster", "Pano, áp phích", "traditional", "pano, áp phích", False),
    ("leaflet", "Tờ rơi, tài liệu tuyên truyền", "traditional", "tờ", False),
    ("e_board", "Khẩu hiệu trên bảng điện tử, màn hình LED", "online", "khẩu hiệu", False),
    ("conference", "Hội nghị, cuộc họp lồng ghép nội dung CCHC", "traditional", "hội nghị", True),
    ("training", "Lớp tập huấn, bồi dưỡng, phổ biến pháp luật", "traditional", "lớp", True),
    (
        "sent_to_training",
        "Cử cán bộ, công chức dự tập huấn cấp trên",
        "traditional",
        "lượt người",
        True,
    ),
    ("seminar", "Tọa đàm", "traditional", "cuộc", True),
    ("dialogue", "Đối thoại với người dân, doanh nghiệp", "traditional", "cuộc", True),
    ("contest", "Cuộc thi tìm hiểu về CCHC", "traditional", "cuộc thi", True),
    ("online_contest", "Cuộc thi trực tuyến về CCHC", "online", "cuộc thi", True),
    ("mobile", "Tuyên truyền lưu động", "traditional", "buổi", False),
    ("staged", "Sân khấu hóa", "traditional", "buổi", True),
    (
        "procedure_posting",
        "Niêm yết công khai thủ tục hành chính tại nơi tiếp nhận hồ sơ",
        "traditional",
        "lượt niêm yết",
        False,
    ),
    ("bulletin", "Bản tin nội bộ, bản tin CCHC", "traditional", "số", False),
    ("other", "Hình thức khác", "traditional", "lần", False),
]

REFORM_AREAS = [
    ("institutions", "Cải cách thể chế"),
    ("procedures", "Cải cách thủ tục hành chính"),
    ("apparatus", "Cải cách tổ chức bộ máy hành chính nhà nước"),
    ("civil_service", "Cải cách chế độ công vụ"),
    ("public_finance", "Cải cách tài chính công"),
    ("digital_government", "Xây dựng, phát triển chính quyền điện tử, chính quyền số"),
    ("direction", "Chỉ đạo, điều hành cải cách hành chính"),
]

AUDIENCES = [
    ("officials", "Cán bộ, công chức, viên chức, người lao động"),
    ("party_mass_orgs", "Cấp ủy Đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội"),
    ("citizens", "Nhân dân trên địa bàn"),
    ("businesses", "Doanh nghiệp, hộ kinh doanh"),
    ("students", "Học sinh, đoàn viên thanh niên"),
    ("ethnic_minorities", "Đồng bào dân tộc thiểu số"),
]


def load(Channel, ReformArea, Audience) -> None:  # noqa: N803  (models, as migrations pass them)
    """Create or update the built-in items; idempotent. Used by the migration, and by
    tests that flush the database (transactional tests)."""
    for i, (code, name, kind, unit, participants) in enumerate(CHANNELS):
        Channel.objects.update_or_create(
            code=code,
            defaults={
                "name": name,
                "kind": kind,
                "counting_unit": unit,
                "counts_participants": participants,
                "order": (i + 1) * 10,
            },
        )
    for i, (code, name) in enumerate(REFORM_AREAS):
        ReformArea.objects.update_or_create(
            code=code, defaults={"name": name, "order": (i + 1) * 10}
        )
    for i, (code, name) in enumerate(AUDIENCES):
        Audience.objects.update_or_create(code=code, defaults={"name": name, "order": (i + 1) * 10})
