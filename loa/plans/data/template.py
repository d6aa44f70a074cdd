"""The built-in plan template, written for Loa. A commune official localises it rather
than writing from nothing. `{unit}` is the unit's name as documents write it ("xã Định
Biên"), `{council}` its People's Committee ("UBND xã Định Biên"), `{year}` the plan year.

Each section: (title, kind, [paragraph texts], [children]). Paragraph texts starting with
"a) " are points; others are dash items.
"""

TEMPLATE = [
    (
        "MỤC ĐÍCH, YÊU CẦU",
        "text",
        [],
        [
            (
                "Mục đích",
                "purposes",
                [
                    "Giúp cán bộ, công chức, viên chức và Nhân dân {unit} hiểu rõ mục tiêu, nội dung "
                    "và lợi ích của cải cách hành chính, từ đó chủ động tham gia và giám sát việc "
                    "thực hiện.",
                    "Đưa thông tin về thủ tục hành chính, dịch vụ công trực tuyến và các kênh tiếp "
                    "nhận phản ánh, kiến nghị đến với người dân, doanh nghiệp một cách kịp thời, dễ "
                    "tiếp cận.",
                    "Góp phần nâng cao Chỉ số cải cách hành chính (PAR Index), Chỉ số hài lòng về sự "
                    "phục vụ hành chính (SIPAS) và chỉ số chuyển đổi số của địa phương năm {year}.",
                ],
                [],
            ),
            (
                "Yêu cầu",
                "requirements",
                [
                    "Nội dung tuyên truyền bám sát Chương trình tổng thể cải cách hành chính nhà nước "
                    "giai đoạn 2021 - 2030, kế hoạch cải cách hành chính năm {year} của cấp trên và "
                    "của {council}.",
                    "Hình thức tuyên truyền phù hợp với từng nhóm đối tượng; thông tin ngắn gọn, "
                    "chính xác, dễ hiểu; tiết kiệm, tránh hình thức.",
                    "Mỗi bộ phận được giao nhiệm vụ ghi nhận kết quả thực hiện kèm tài liệu kiểm "
                    "chứng để phục vụ báo cáo định kỳ.",
                ],
                [],
            ),
        ],
    ),
    (
        "ĐỐI TƯỢNG, NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN",
        "text",
        [],
        [
            (
                "Đối tượng",
                "audiences",
                [
                    "Cán bộ, công chức, viên chức, người lao động trong các cơ quan, đơn vị; cấp ủy "
                    "Đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội; doanh nghiệp, hộ kinh "
                    "doanh và Nhân dân trên địa bàn {unit}.",
                ],
                [],
            ),
            (
                "Nội dung tuyên truyền",
                "contents",
                [
                    "a) Chủ trương của Đảng, chính sách, pháp luật của Nhà nước và văn bản chỉ đạo của "
                    "cấp trên về cải cách hành chính; kế hoạch cải cách hành chính năm {year} của "
                    "{council}.",
                    "a) Cải cách thể chế: văn bản quy phạm pháp luật mới liên quan trực tiếp đến người "
                    "dân, doanh nghiệp trên địa bàn.",
                    "a) Cải cách thủ tục hành chính: thủ tục được sửa đổi, bổ sung, bãi bỏ; việc tiếp "
                    "nhận, giải quyết hồ sơ tại Trung tâm Phục vụ hành chính công; quyền và nghĩa vụ "
                    "của người dân khi thực hiện thủ tục.",
                    "a) Cải cách tổ chức bộ máy và chế độ công vụ: trách nhiệm, kỷ luật, kỷ cương, "
                    "văn hóa công vụ của cán bộ, công chức khi tiếp xúc, giải quyết công việc.",
                    "a) Cải cách tài chính công: công khai ngân sách, thu chi và các khoản phí, lệ "
                    "phí.",
                    "a) Chính quyền điện tử, chính quyền số: hướng dẫn nộp hồ sơ trực tuyến, thanh "
                    "toán trực tuyến, sử dụng tài khoản định danh điện tử VNeID.",
                    "a) Gương tập thể, cá nhân, mô hình hay, cách làm mới trong cải cách hành chính; "
                    "kết quả các chỉ số đánh giá cải cách hành chính của địa phương.",
                ],
                [],
            ),
            (
                "Hình thức tuyên truyền",
                "forms",
                [
                    "Duy trì chuyên mục cải cách hành chính hằng tháng trên Đài truyền thanh; đăng "
                    "tin, bài trên trang thông tin điện tử và trang mạng xã hội của {council}.",
                    "Treo băng rôn, khẩu hiệu, pano, áp phích tại trụ sở, Trung tâm Phục vụ hành "
                    "chính công và nơi đông dân cư; phát tờ rơi hướng dẫn thủ tục thường gặp.",
                    "Lồng ghép nội dung cải cách hành chính trong hội nghị, cuộc họp thôn, tổ dân "
                    "phố, lớp tập huấn, phổ biến giáo dục pháp luật; tổ chức đối thoại với người "
                    "dân, doanh nghiệp.",
                    "Niêm yết đầy đủ, kịp thời thủ tục hành chính tại nơi tiếp nhận hồ sơ; hỗ trợ "
                    "trực tiếp người dân nộp hồ sơ trực tuyến.",
                ],
                [],
            ),
        ],
    ),
    (
        "KINH PHÍ THỰC HIỆN",
        "budget",
        [
            "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi thường xuyên năm {year} "
            "của {council} và các nguồn hợp pháp khác.",
        ],
        [],
    ),
    (
        "TỔ CHỨC THỰC HIỆN",
        "responsibilities",
        [],
        [
            (
                "Công chức Văn hóa - Xã hội",
                "responsibility",
                [
                    "Chủ trì, tham mưu {council} triển khai Kế hoạch; theo dõi, đôn đốc các bộ phận "
                    "thực hiện nhiệm vụ được giao.",
                    "Tổng hợp kết quả, tham mưu báo cáo định kỳ quý, 6 tháng, 9 tháng, năm và đột "
                    "xuất theo yêu cầu của cấp trên.",
                ],
                [],
            ),
            (
                "Văn phòng HĐND và UBND",
                "responsibility",
                [
                    "Cập nhật, công khai thủ tục hành chính trên trang thông tin điện tử và tại nơi "
                    "tiếp nhận hồ sơ; phối hợp khảo sát sự hài lòng của người dân, tổ chức.",
                ],
                [],
            ),
            (
                "Đài truyền thanh",
                "responsibility",
                [
                    "Xây dựng và phát sóng chuyên mục cải cách hành chính ít nhất mỗi tháng một lần; "
                    "tiếp sóng chương trình của cấp trên.",
                ],
                [],
            ),
            (
                "Đề nghị Ủy ban Mặt trận Tổ quốc và các đoàn thể",
                "responsibility",
                [
                    "Lồng ghép tuyên truyền cải cách hành chính trong sinh hoạt của hội viên, đoàn "
                    "viên; tham gia giám sát việc giải quyết thủ tục hành chính.",
                ],
                [],
            ),
        ],
    ),
]

TEMPLATE.append(
    (
        "CHẾ ĐỘ BÁO CÁO",
        "reporting",
        [
            "Các bộ phận được giao nhiệm vụ cập nhật kết quả thực hiện kèm tài liệu kiểm chứng; "
            "công chức Văn hóa - Xã hội tổng hợp, tham mưu báo cáo theo chế độ sau:"
        ],
        [],
    )
)

# (report kind, recipient as "{upper}" for the unit above)
REPORTING = [("quarter", "{upper}"), ("half_year", "{upper}"), ("annual", "{upper}")]

CLOSING = (
    "Trên đây là Kế hoạch tuyên truyền cải cách hành chính năm {year} của {council}. Trong "
    "quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về "
    "{council} để được hướng dẫn, giải quyết./."
)

TARGETS = [
    (
        "Đăng ít nhất 12 chuyên mục, tin bài về cải cách hành chính trên Đài truyền thanh.",
        "count",
        12,
        ["radio"],
    ),
    (
        "Đăng ít nhất 24 tin, bài về cải cách hành chính trên trang thông tin điện tử.",
        "count",
        24,
        ["web_portal"],
    ),
    (
        "100% thủ tục hành chính thuộc thẩm quyền giải quyết được niêm yết, công khai đầy đủ.",
        "ratio",
        100,
        [],
    ),
    (
        "Tổ chức ít nhất 01 hội nghị đối thoại với người dân, doanh nghiệp.",
        "count",
        1,
        ["dialogue"],
    ),
]
