"""A realistic commune plan (after the 2022 plan of xã Định Biên, huyện Định Hóa) for the
writers' tests; other apps' tests may use it too."""

from loa.documents.model import (
    Appendix,
    Column,
    Document,
    Header,
    Heading,
    Paragraph,
    Signature,
    Table,
)

_TASKS = [
    ("I. TUYÊN TRUYỀN TRÊN HỆ THỐNG TRUYỀN THANH", None),
    (
        "Xây dựng chuyên mục “Cải cách hành chính” phát trên loa truyền thanh xã",
        (
            "Chuyên mục",
            "Ban Văn hóa - Thông tin",
            "Văn phòng HĐND và UBND xã",
            "Hằng tháng",
            "12 số",
        ),
    ),
    (
        "Đưa tin về kết quả giải quyết thủ tục hành chính tại Bộ phận một cửa",
        ("Tin, bài", "Ban Văn hóa - Thông tin", "Bộ phận một cửa", "Hằng quý", ""),
    ),
    (
        "Phổ biến Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030",
        ("Bài phát thanh", "Ban Văn hóa - Thông tin", "Công chức Tư pháp", "Quý I/2022", ""),
    ),
    (
        "Tuyên truyền Kế hoạch cải cách hành chính xã Định Biên năm 2022",
        (
            "Bài phát thanh",
            "Ban Văn hóa - Thông tin",
            "Văn phòng HĐND và UBND xã",
            "Quý I/2022",
            "",
        ),
    ),
    (
        "Giới thiệu dịch vụ công trực tuyến mức độ 3, 4 và cách nộp hồ sơ qua mạng",
        ("Bài phát thanh", "Bộ phận một cửa", "Ban Văn hóa - Thông tin", "Quý II/2022", ""),
    ),
    (
        "Tiếp sóng chương trình cải cách hành chính của Đài truyền thanh huyện",
        ("Chương trình", "Ban Văn hóa - Thông tin", "", "Thường xuyên", ""),
    ),
    (
        "Nêu gương tập thể, cá nhân làm tốt công tác cải cách hành chính",
        ("Tin, bài", "Ban Văn hóa - Thông tin", "Các ban, ngành, đoàn thể", "Quý III/2022", ""),
    ),
    ("II. TUYÊN TRUYỀN TRÊN TRANG THÔNG TIN ĐIỆN TỬ CỦA XÃ", None),
    (
        "Cập nhật bộ thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã",
        (
            "Bộ thủ tục",
            "Văn phòng HĐND và UBND xã",
            "Công chức Tư pháp - Hộ tịch",
            "Thường xuyên",
            "",
        ),
    ),
    (
        "Đăng tải văn bản chỉ đạo, điều hành về cải cách hành chính",
        ("Văn bản", "Văn phòng HĐND và UBND xã", "", "Thường xuyên", ""),
    ),
    (
        "Đăng tin, bài về các chỉ số PAR INDEX, SIPAS, PAPI, PCI",
        (
            "Tin, bài",
            "Cán bộ Phát thanh - Truyền thông",
            "Văn phòng HĐND và UBND xã",
            "Quý II/2022",
            "",
        ),
    ),
    (
        "Công khai địa chỉ, số điện thoại tiếp nhận phản ánh, kiến nghị về thủ tục hành chính",
        ("Thông báo", "Công chức Tư pháp - Hộ tịch", "", "Quý I/2022", ""),
    ),
    (
        "Hướng dẫn người dân thanh toán trực tuyến phí, lệ phí thủ tục hành chính",
        ("Tin, bài", "Bộ phận một cửa", "Ban Tài chính - Ngân sách", "Quý II/2022", ""),
    ),
    (
        "Đăng tải kết quả khảo sát sự hài lòng của người dân, tổ chức",
        ("Báo cáo", "Văn phòng HĐND và UBND xã", "", "Quý IV/2022", ""),
    ),
    ("III. TUYÊN TRUYỀN TRỰC QUAN", None),
    (
        "Treo băng rôn, khẩu hiệu tuyên truyền cải cách hành chính tại trung tâm xã",
        ("Băng rôn", "Ban Văn hóa - Thông tin", "Đoàn Thanh niên xã", "Quý I/2022", "04 chiếc"),
    ),
    (
        "Niêm yết công khai thủ tục hành chính tại Bộ phận tiếp nhận và trả kết quả",
        ("Bảng niêm yết", "Bộ phận một cửa", "Văn phòng HĐND và UBND xã", "Thường xuyên", ""),
    ),
    (
        "Niêm yết thủ tục hành chính tại nhà văn hóa các xóm",
        ("Bảng niêm yết", "Trưởng các xóm", "Bộ phận một cửa", "Quý II/2022", ""),
    ),
    (
        "Phát tờ rơi hướng dẫn sử dụng dịch vụ công trực tuyến",
        ("Tờ rơi", "Bộ phận một cửa", "Đoàn Thanh niên xã", "Quý III/2022", "500 tờ"),
    ),
    (
        "Tuyên truyền lưu động về cơ chế một cửa, một cửa liên thông",
        ("Buổi tuyên truyền", "Ban Văn hóa - Thông tin", "Công an xã", "Quý III/2022", ""),
    ),
    ("IV. HỘI NGHỊ, TẬP HUẤN VÀ CÁC HÌNH THỨC KHÁC", None),
    (
        "Lồng ghép nội dung cải cách hành chính trong các cuộc họp xóm",
        ("Cuộc họp", "Trưởng các xóm", "Các đoàn thể", "Hằng quý", ""),
    ),
    (
        "Lồng ghép tuyên truyền trong hội nghị phổ biến, giáo dục pháp luật",
        ("Hội nghị", "Công chức Tư pháp - Hộ tịch", "Ban Văn hóa - Thông tin", "Quý II/2022", ""),
    ),
    (
        "Tập huấn kỹ năng viết tin, bài về cải cách hành chính cho cộng tác viên",
        (
            "Lớp tập huấn",
            "Ban Văn hóa - Thông tin",
            "Đài truyền thanh huyện",
            "Quý III/2022",
            "01 lớp",
        ),
    ),
    (
        "Tổ chức cuộc thi tìm hiểu về cải cách hành chính trong đoàn viên thanh niên",
        ("Cuộc thi", "Đoàn Thanh niên xã", "Ban Văn hóa - Thông tin", "Quý III/2022", ""),
    ),
    (
        "Đối thoại giữa lãnh đạo UBND xã với người dân về thủ tục hành chính",
        ("Buổi đối thoại", "Văn phòng HĐND và UBND xã", "Ủy ban MTTQ xã", "Quý IV/2022", ""),
    ),
    (
        "Khảo sát mức độ hài lòng của người dân đối với sự phục vụ của cơ quan hành chính",
        (
            "Phiếu khảo sát",
            "Văn phòng HĐND và UBND xã",
            "Bộ phận một cửa",
            "Quý IV/2022",
            "100 phiếu",
        ),
    ),
    (
        "Sơ kết, tổng kết công tác tuyên truyền cải cách hành chính năm 2022",
        ("Báo cáo", "Ban Văn hóa - Thông tin", "Văn phòng HĐND và UBND xã", "Quý IV/2022", ""),
    ),
    (
        "Tham gia hội thi “Cán bộ, công chức giỏi cải cách hành chính” cấp huyện",
        ("Đội thi", "Văn phòng HĐND và UBND xã", "Các ban, ngành", "Theo kế hoạch của huyện", ""),
    ),
]


def task_table() -> Table:
    rows: list[list[str]] = []
    groups: list[int] = []
    number = 0
    for text, details in _TASKS:
        if details is None:
            groups.append(len(rows))
            rows.append([text, "", "", "", "", "", ""])
            number = 0
        else:
            number += 1
            rows.append([str(number), text, *details])
    columns = [
        Column("STT", 12, "center"),
        Column("Nội dung nhiệm vụ", 80),
        Column("Sản phẩm", 28, "center"),
        Column("Cơ quan chủ trì", 38),
        Column("Cơ quan phối hợp", 38),
        Column("Thời gian thực hiện", 30, "center"),
        Column("Ghi chú", 24, "center"),
    ]
    return Table(columns=columns, rows=rows, group_rows=groups)


def sample_plan() -> Document:
    dash = "-"
    return Document(
        header=Header(
            issuer="ỦY BAN NHÂN DÂN XÃ ĐỊNH BIÊN",
            parent_body="UBND HUYỆN ĐỊNH HÓA",
            number_line="Số: 05/KH-UBND",
            place_date="Định Biên, ngày 05 tháng 01 năm 2022",
        ),
        doc_type="KẾ HOẠCH",
        summary="Tuyên truyền cải cách hành chính xã Định Biên năm 2022",
        intro=[
            Paragraph(
                "Căn cứ Kế hoạch số 05/KH-UBND ngày 05/01/2022 của UBND huyện Định Hóa về cải "
                "cách hành chính huyện Định Hóa năm 2022; Ủy ban nhân dân xã Định Biên xây dựng kế "
                "hoạch tuyên truyền cải cách hành chính (CCHC) năm 2022 với những nội dung sau:"
            )
        ],
        body=[
            Heading(1, "I.", "MỤC ĐÍCH, YÊU CẦU"),
            Heading(2, "1.", "Mục đích"),
            Paragraph(
                "Nâng cao vai trò, trách nhiệm của Thủ trưởng cơ quan, đơn vị, UBND xã, "
                "tích cực tham gia công tác tuyên truyền CCHC để thực hiện tốt nhiệm vụ "
                "công tác CCHC đã đề ra.",
                label=dash,
            ),
            Paragraph(
                "Nâng cao nhận thức, ý thức, tinh thần trách nhiệm của tập thể lãnh đạo, "
                "người đứng đầu cơ quan, đơn vị, cán bộ, công chức, viên chức và nhân dân "
                "về ý nghĩa, mục tiêu, tầm quan trọng của công tác CCHC đối với sự nghiệp "
                "phát triển kinh tế - xã hội của xã.",
                label=dash,
            ),
            Heading(2, "2.", "Yêu cầu"),
            Paragraph(
                "Kết hợp lồng ghép việc tuyên truyền CCHC với việc tuyên truyền, phổ biến "
                "các chủ trương, chính sách của Đảng, pháp luật của Nhà nước; nội dung "
                "tuyên truyền phù hợp với tình hình thực tiễn của địa phương.",
                label=dash,
            ),
            Heading(1, "II.", "NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN"),
            Heading(2, "1.", "Nội dung tuyên truyền"),
            Paragraph(
                "Tuyên truyền, phổ biến sâu rộng về tầm quan trọng, ý nghĩa, mục tiêu của "
                "CCHC đến phát triển kinh tế - xã hội của địa phương.",
                label="a)",
            ),
            Paragraph(
                "Tuyên truyền vai trò, trách nhiệm của người đứng đầu cơ quan, đơn vị "
                "trong việc triển khai thực hiện nhiệm vụ CCHC.",
                label="b)",
            ),
            Paragraph(
                "Tuyên truyền, nhân rộng những điển hình tiên tiến trong giải quyết thủ "
                "tục hành chính tại Bộ phận “Tiếp nhận và trả kết quả” của xã.",
                label="c)",
            ),
            Heading(2, "2.", "Hình thức tuyên truyền"),
            Paragraph(
                runs=[
                    ("Thông tin, tuyên truyền về CCHC qua ", ""),
                    ("hệ thống truyền thanh của xã", "b"),
                    (", các hội nghị, băng rôn, khẩu hiệu & tờ rơi ", ""),
                    ("(chi tiết tại Phụ lục kèm theo)", "i"),
                    (".", ""),
                ]
            ),
            Heading(1, "III.", "TỔ CHỨC THỰC HIỆN"),
            Heading(2, "1.", "Thời gian thực hiện"),
            Table(
                columns=[
                    Column("Thời gian", 30, "center"),
                    Column("Nội dung", 105),
                    Column("Ghi chú", 30, "center"),
                ],
                rows=[
                    [
                        "Quý I/2022",
                        "Tuyên truyền bằng băng rôn, tin bài trên cổng thông tin "
                        "điện tử xã, hệ thống truyền thanh của xã",
                        "",
                    ],
                    [
                        "Quý II/2022",
                        "Tuyên truyền qua các hội nghị, hệ thống truyền thanh của huyện, của xã",
                        "",
                    ],
                    [
                        "Quý III/2022",
                        "Tuyên truyền tin bài trên cổng thông tin điện tử xã, qua hội nghị sơ kết",
                        "",
                    ],
                    ["Quý IV/2022", "Tổng kết, đánh giá kết quả một năm thực hiện", "Báo cáo"],
                ],
            ),
            Heading(2, "2.", "Trách nhiệm thực hiện"),
            Heading(3, "2.1.", "Ban Văn hóa, Thông tin và tuyên truyền"),
            Paragraph(
                "Chủ trì, phối hợp với các ban, ngành, đoàn thể, cơ quan, đơn vị làm tốt "
                "công tác tuyên truyền trên địa bàn xã.",
                label=dash,
            ),
            Heading(3, "2.2.", "Văn phòng HĐND và UBND xã"),
            Paragraph(
                "Thường xuyên cập nhật, đăng tải kịp thời, đầy đủ bộ thủ tục hành chính "
                "và các thông tin về cải cách hành chính trên cổng thông tin điện tử của "
                "xã.",
                label=dash,
            ),
            Paragraph(
                "Định kỳ khảo sát mức độ hài lòng của tổ chức và cá nhân đối với sự phục "
                "vụ của các cơ quan hành chính nhà nước.",
                label=dash,
            ),
        ],
        closing=[
            Paragraph(
                "Trên đây là Kế hoạch tuyên truyền cải cách hành chính xã Định Biên năm 2022. Đề "
                "nghị các cơ quan, đơn vị, các ban, ngành, đoàn thể nghiêm túc thực hiện./."
            )
        ],
        recipients=[
            "UBND huyện Định Hóa;",
            "Phòng Nội vụ huyện;",
            "TT Đảng ủy, HĐND xã;",
            "Các ban, ngành, đoàn thể xã;",
            "Lưu: VT, VP.",
        ],
        signature=Signature(["TM. ỦY BAN NHÂN DÂN"], "CHỦ TỊCH", "Ma Thịnh Giáp"),
        appendices=[
            Appendix(
                label="Phụ lục",
                title="CÁC NHIỆM VỤ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2022",
                subtitle="(Kèm theo Kế hoạch số 05/KH-UBND ngày 05 tháng 01 năm 2022 của Ủy ban "
                "nhân dân xã Định Biên)",
                table=task_table(),
                notes=[
                    Paragraph(
                        "Ghi chú: các cơ quan chủ trì báo cáo kết quả thực hiện về Văn "
                        "phòng HĐND và UBND xã trước ngày 15 của tháng cuối quý.",
                        italic=True,
                    )
                ],
            )
        ],
    )
