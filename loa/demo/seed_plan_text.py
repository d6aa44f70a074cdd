"""Seeds 002 (phường Long Xuyên, 2024) and 003 (xã Định Biên, 2022) as structured plans,
entered as an official would through Loa's pages. Used by the demo and by the tests that
check the rendered documents against the originals.

S(title, kind, paragraphs, children); a paragraph is (style, text).
"""

# ruff: noqa: E501


def S(title, kind, paragraphs, children):
    return (title, kind, paragraphs, children)


SECTIONS_002 = [
    S(
        "MỤC ĐÍCH, YÊU CẦU",
        "text",
        [],
        [
            S(
                "Mục đích",
                "purposes",
                [
                    (
                        "dash",
                        "Thông tin, tuyên truyền kịp thời các chủ trương, chính sách, văn bản chỉ đạo của Trung ương, của tỉnh, của thị xã của phường về công tác cải cách hành chính nhằm nâng cao nhận thức, ý thức, tinh thần trách nhiệm của các cấp, các ngành, đội ngũ cán bộ, công chức về ý nghĩa, mục tiêu, tầm quan trọng của công tác cải cách hành chính trong quá trình phát triển kinh tế - xã hội của phương.",
                    ),
                    (
                        "dash",
                        "Phát huy vai trò tích cực của các cơ quan thông tin đại chúng trong việc phát hiện, phản ánh chính xác, kịp thời những mặt tích cực hoặc chưa hiệu quả của tổ chức và cá nhân trong thực hiện nhiệm vụ cải cách hành chính.",
                    ),
                    (
                        "dash",
                        "Tiếp tục đẩy mạnh tuyên truyền trên mạng xã hội, qua Zalo, Facebook, Cổng thông tin điện tử của phường để lan tỏa mạnh mẽ kết quả, hiệu quả của công tác cải cách hành chính trong cộng đồng xã hội.",
                    ),
                    (
                        "dash",
                        "Tăng cường sự tham gia của Ủy ban Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội, người dân, doanh nghiệp trong việc giám sát, phản biện xã hội đối với hoạt động của cơ quan hành chính, đội ngũ cán bộ, công chức trong thực thi công vụ. Vận động quần chúng Nhân dân chủ động, tích cực cùng tham gia thực hiện các nhiệm vụ cải cách hành chính của phường.",
                    ),
                ],
                [],
            ),
            S(
                "Yêu cầu",
                "requirements",
                [
                    (
                        "dash",
                        "Tuyên truyền CCHC phải gắn với lộ trình thực hiện các mục tiêu, nhiệm vụ của Chương trình tổng thể cải cách hành chính nhà nước, Kế hoạch cải cách hành chính nhà nước phường Long Xuyên năm 2024 và các kế hoạch cải cách hành chính giai đoạn 2021-2025.",
                    ),
                    (
                        "dash",
                        "Công tác tuyên truyền phải kịp thời, đầy đủ, thường xuyên, hiệu quả, phù hợp với tình hình, đặc điểm, yêu cầu của từng đối tượng. Các hình thức tuyên truyền đa dạng, phong phú; nội dung ngắn gọn, chính xác, dễ hiểu.",
                    ),
                    (
                        "dash",
                        "Tuyên truyền CCHC gắn với phổ biến chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước trên các lĩnh vực; góp phần nâng cao dân trí, phòng, chống tham nhũng, phục vụ sự nghiệp công nghiệp hoá, hiện đại hoá và phát triển kinh tế - xã hội của phương.",
                    ),
                ],
                [],
            ),
        ],
    ),
    S(
        "ĐỐI TƯỢNG, NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN",
        "text",
        [],
        [
            S(
                "Đối tượng",
                "audiences",
                [
                    (
                        "plain",
                        "Cán bộ, công chức, viên chức, người lao động làm việc trong cơ quan hành chính nhà nước, các tổ chức chính trị - xã hội, đơn vị sự nghiệp công lập, doanh nghiệp và nhân dân trên địa bàn phường.",
                    ),
                ],
                [],
            ),
            S(
                "Nội dung tuyên truyền",
                "contents",
                [
                    (
                        "point",
                        "Tuyên truyền, phổ biến, quán triệt các quan điểm, chủ trương của Đảng, chính sách, pháp luật của Nhà nước, của tỉnh, thị xã, của phường về CCHC. Tuyên truyền Chương trình tổng thể cải cách hành chính giai đoạn 2021 - 2030 của Chính phủ, Nghị quyết về chuyển đổi số giai đoạn 2021 - 2025; Kế hoạch thực hiện cải cách hành chính giai đoạn 2021 - 2025 của phường Long Xuyên và kết quả triển khai thực hiện năm 2024.",
                    ),
                    (
                        "point",
                        "Phổ biến nội dung kế hoạch, nhiệm vụ cụ thể trong triển khai, thực hiện công tác cải cách hành chính nhà nước như: Cải cách thể chế, cải cách thủ tục hành chính, cải cách tổ chức bộ máy hành chính nhà nước, cải cách chế độ công vụ, cải cách tài chính công, xây dựng và phát triển Chính quyền điện tử, chính quyền số, công tác chỉ đạo, điều hành cải cách hành chính.",
                    ),
                    (
                        "point",
                        "Tuyên truyền về vai trò, trách nhiệm của cấp ủy Đảng, của người đứng đầu cơ quan hành chính nhà nước, người đứng đầu các tổ chức chính trị - xã hội, các đơn vị sự nghiệp công lập đối với việc triển khai thực hiện nhiệm vụ cải cách hành chính.",
                    ),
                    (
                        "plain",
                        "Kết quả triển khai thực hiện công tác cải cách hành chính ở từng cấp, từng lĩnh vực. Chỉ số xếp hạng cải cách hành chính và sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước.",
                    ),
                    (
                        "point",
                        "Tuyên truyền các nội dung, quy định của pháp luật về mối quan hệ giữa Nhà nước và Nhân dân, nhiệm vụ của cán bộ, công chức trong giải quyết các công việc của công dân, tổ chức; quyền, nghĩa vụ và trách nhiệm của cá nhân, tổ chức trong việc tham gia và giám sát quá trình cải cách hành chính.",
                    ),
                    (
                        "point",
                        "Tình hình triển khai, kết quả, hiệu quả việc thực hiện cơ chế tiếp nhận và trả kết quả, tiếp nhận và trả kết quả liên thông trong giải quyết thủ tục hành chính tại Bộ phận tiếp nhận và trả kết quả của phường.",
                    ),
                    (
                        "point",
                        "Tuyên truyền về xây dựng và phát triển Chính quyền điện tử, Chính quyền số, việc ứng dụng công nghệ thông tin, cung cấp dịch vụ công trực tuyến.",
                    ),
                    (
                        "point",
                        "Tuyên truyền, thông tin, hướng dẫn người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến thủ tục hành chính; giới thiệu công khai các địa chỉ, điện thoại đường dây nóng tiếp nhận phản ánh, kiến nghị về thủ tục hành chính, quy định hành chính, tinh thần trách nhiệm, thái độ giao tiếp, ứng xử của cán bộ, công chức với công dân, tổ chức.",
                    ),
                    (
                        "point",
                        "Tuyên truyền sáng kiến, giải pháp mới, các mô hình trong quá trình thực hiện công tác cải cách hành chính; các điển hình tiên tiến trong thực hiện cải cách hành chính của phường.",
                    ),
                ],
                [],
            ),
            S(
                "Hình thức tuyên truyền",
                "forms",
                [
                    (
                        "point",
                        "Lồng ghép nội dung cải cách hành chính trong các hội nghị tuyên truyền, phổ biến giáo dục pháp luật, các lớp đào tạo, tập huấn, bồi dưỡng về quản lý nhà nước, lý luận chính trị,...Tuyên truyền qua các hội nghị, hội thảo, các cuộc họp định kỳ của các địa phương; tuyên truyền qua hệ thống loa truyền thanh, qua cuộc họp ở khu dân cư... Đăng tải tin bài về các chủ trương, chính sách của Đảng, pháp luật của Nhà nước, việc tổ chức thực hiện công tác cải cách hành chính trên Trang thông tin điện tử của phường.",
                    ),
                    (
                        "point",
                        "Công khai các thủ tục hành chính ở Bộ phận Tiếp nhận và trả kết quả của phường.",
                    ),
                    (
                        "dash",
                        "Niêm yết công khai, minh bạch các thủ tục hành chính tại Bộ phận tiếp nhận và trả kết quả bằng nhiều hình thức khác nhau như niêm yết bằng văn bản giấy, trên Trang thông tin điện tử tạo điều kiện thuận lợi cho tổ chức, cá nhân trong việc tìm hiểu, tra cứu thông tin về thủ tục hành chính. Việc niêm yết phải kịp thời, đầy đủ, rõ ràng, dễ tra cứu và theo đúng quy định.",
                    ),
                    (
                        "dash",
                        "Thường xuyên, kịp thời cập nhật các thủ tục hành chính đã được công bố ban hành mới, được sửa đổi, bổ sung, bãi bỏ, thay thế thủ tục hành chính của cơ quan, đơn vị, tại nơi giải quyết thủ tục hành chính, tại Bộ phận tiếp nhận và trả kết quả, Trang thông tin điện tử của phường.",
                    ),
                    (
                        "point",
                        "Thực hiện Chuyên mục Cải cách hành chính: Trang thông tin điện tử phường đã xây dựng chuyên mục tuyên truyền cải cách hành chính nhằm đăng tải các tin bài về hoạt động cải cách hành chính của cơ quan, các cá nhân, đơn vị điển hình cũng như những tồn tại, hạn chế trong thực hiện công tác cải cách hành chính.",
                    ),
                    (
                        "point",
                        "Tuyên truyền thông qua hình thức trực quan: pano, áp phích, khẩu hiệu, băng rôn.",
                    ),
                    (
                        "point",
                        "Cung cấp các địa chỉ, số điện thoại đường dây nóng về cải cách hành chính của tỉnh; đăng tải ý kiến phản ánh của tổ chức, cá nhân về các quy định thủ tục hành chính và kết quả trả lời của các cơ quan hành chính nhà nước; chọn lọc đăng tải các tác phẩm về cải cách hành chính đã được tuyên truyền trên hệ thống thông tin chính thức của trung ương và địa phương.",
                    ),
                    (
                        "point",
                        "Các hình thức tuyên truyền khác phù hợp với đặc điểm, tình hình của cơ quan.",
                    ),
                    ("plain", "(Có Phụ lục các nhiệm vụ, sản phẩm thực hiện Kế hoạch kèm theo)"),
                ],
                [],
            ),
        ],
    ),
    S(
        "KINH PHÍ THỰC HIỆN",
        "budget",
        [
            (
                "plain",
                "Kinh phí được bố trí từ nguồn kinh phí cải cách hành chính năm 2024 được UBND phường giao từ nguồn kinh phí thường xuyên được phân bổ trong dự toán hàng năm của các cơ quan do cấp có thẩm quyền phê duyệt.",
            ),
        ],
        [],
    ),
    S(
        "TỔ CHỨC THỰC HIỆN",
        "text",
        [],
        [
            S(
                "Cơ quan thực hiện kế hoạch",
                "implementers",
                [
                    (
                        "dash",
                        "Cấp ủy Đảng, các tổ chức chính trị - xã hội phối hợp tham gia tổ chức tuyên truyền về công tác cải cách hành chính.",
                    ),
                    ("dash", "Các Công chức chuyên môn của UBND phường."),
                ],
                [],
            ),
            S(
                "Thời gian thực hiện",
                "timeline",
                [
                    ("plain", "Thường xuyên trong năm 2024."),
                ],
                [],
            ),
            S(
                "Tổ chức triển khai",
                "responsibilities",
                [],
                [
                    S(
                        "Công chức văn hóa Thông tin phường",
                        "responsibility",
                        [
                            (
                                "dash",
                                "Chủ trì, tổ chức thực hiện tốt các hình thức tuyên truyền về cải cách hành chính. Phối hợp, tham mưu, hướng dẫn các nội dung tuyên truyền trên Trang thông tin điện tử, thường xuyên cập nhật các tin tức về công tác cải cách hành chính, kiểm soát thủ tục hành chính. phạm vi quản lý nhà nước của phường tăng cường tuyên truyền cho công tác cải cách hành chính trên các phương tiện thông tin đại chúng và các hình thức tuyên truyền trực quan.",
                            ),
                            (
                                "dash",
                                "Phối hợp với các Công chức chuyên môn thường xuyên cập nhật, đăng tải Bộ thủ tục hành chính các cấp mới ban hành hoặc sửa đổi, bổ sung theo Quyết định trên Trang thông tin điện tử của phường.",
                            ),
                            (
                                "dash",
                                "Phối hợp với các cơ quan, đơn vị liên quan tổng hợp, chấm điểm chính quyền điện tử năm 2024.",
                            ),
                            (
                                "dash",
                                "Tổ chức và tham dự các lớp tập huấn, đào tạo, bồi dưỡng, trang bị kiến thức về tuyên truyền cải cách hành chính cho đội ngũ cộng tác viên của Trang thông tin điện tử, người làm thông tin cơ sở.",
                            ),
                            (
                                "dash",
                                "Tổ chức các hoạt động thông tin tuyên truyền, cổ động trực quan bằng pano, áp phích, băng rôn, khẩu hiệu về công tác cải cách hành chính trên các tuyến đường chính, trụ sở cơ quan, trường học, khu vực tập trung đông dân cư và trung tâm phường.",
                            ),
                        ],
                        [],
                    ),
                    S(
                        "Văn phòng HĐND-UBND phường",
                        "responsibility",
                        [
                            (
                                "dash",
                                "Có trách nhiệm tổ chức triển khai và kiểm tra việc thực hiện Kế hoạch này, định kỳ báo cáo tình hình thực hiện về UBND phường.",
                            ),
                            (
                                "dash",
                                "Phối hợp với Công chức Văn hóa Thông tin, tham mưu, thống nhất nội dung tuyên truyền về cải cách hành chính của phường.",
                            ),
                            (
                                "dash",
                                "Hướng dẫn các Công chức chuyên môn của UBND phường, thực hiện công khai thủ tục hành chính, quy trình tiếp nhận và giải quyết thủ tục hành chính tại Bộ phận tiếp nhận và trả kết quả, nơi tiếp dân. Tổ chức khảo sát mức độ hài lòng của các tổ chức và cá nhân đối với sự phục vụ của cơ quan nhà nước theo sự chỉ đạo của phòng Nội vụ.",
                            ),
                            (
                                "dash",
                                "Tham mưu cho UBND phường biểu dương, khen thưởng và nhân rộng các hình thức tuyên truyền có hiệu quả.",
                            ),
                        ],
                        [],
                    ),
                    S(
                        "Công chức địa chính",
                        "responsibility",
                        [
                            (
                                "plain",
                                "Tham mưu, phối hợp với các công chức chuyên môn có liên quan tổ chức tuyên truyền về Luật Đất đai và các văn bản chỉ đạo của Trung ương, của Tỉnh, thị xã về lĩnh vực Tài nguyên - Môi trường, các thủ tục hành chính về lĩnh vực đất đai.",
                            ),
                        ],
                        [],
                    ),
                    S(
                        "Phòng Tài chính - Kế hoạch",
                        "responsibility",
                        [
                            (
                                "plain",
                                "Tham mưu, phối hợp với các phòng ban liên quan tổ chức tuyên truyền về thủ tục hành chính lĩnh vực đăng ký kinh doanh và một số nội dung khác phục vụ công tác cải cách hành chính.",
                            ),
                        ],
                        [],
                    ),
                    S(
                        "Phòng Lao động - Thương binh và Xã hội",
                        "responsibility",
                        [
                            (
                                "plain",
                                "Chủ động tham mưu, giúp UBND phường tuyên truyền về lĩnh vực người có công, bảo trợ xã hội và các lĩnh vực khác theo chức năng, nhiệm vụ được giao. Hướng dẫn chuyên môn, nghiệp vụ về lĩnh vực người có công và bảo trợ xã hội đối với các tổ chức, cá nhân đến giải quyết các TTHC.",
                            ),
                        ],
                        [],
                    ),
                    S(
                        "Công chức Tư pháp – Hộ tịch",
                        "responsibility",
                        [
                            (
                                "plain",
                                "Có trách nhiệm chủ trì, phối hợp với công chức có liên quan tuyên tuyền Kế hoạch kiểm soát thủ tục hành chính, các thủ tục hành chính lĩnh vực Tư pháp - Hộ tịch. Công tác tiếp nhận và xử lý phản ánh kiến nghị của các cá nhân, tổ chức về thủ tục hành chính. Tuyên truyền, phổ biến giáo dục pháp luật về cải cách hành chính phục vụ nhu cầu tìm hiểu pháp luật của cán bộ, công chức và nhân dân trên địa bàn phường.",
                            ),
                        ],
                        [],
                    ),
                    S(
                        "Các nhà trường",
                        "responsibility",
                        [
                            (
                                "plain",
                                "Tổ chức tuyên truyền trong các trường học việc ứng dụng CNTT vào giải quyết các thủ tục hành chính; tiếp tục hướng dẫn và cập nhật cho học sinh các cấp về kỹ năng khai thác thông tin trên mạng internet, các thao tác đăng ký dịch vụ công trực tuyến.",
                            ),
                        ],
                        [],
                    ),
                    S(
                        "Đài truyền thanh phường",
                        "responsibility",
                        [
                            (
                                "dash",
                                "Chủ trì, xây dựng và duy trì chuyên mục phát sóng định kỳ để hàng tháng đưa tin, bài về công tác cải cách hành chính của phường. Phối hợp với công chức văn hóa, thông tin, thể thao xây dựng phóng sự ngắn và viết bài về các mô hình, tập thể, cá nhân làm tốt công tác cải cách hành chính và kết quả giải quyết thủ tục hành chính theo cơ chế tiếp nhận và trả kết quả, tiếp nhận và trả kết quả liên thông trên địa bàn phường.",
                            ),
                            (
                                "dash",
                                "Tăng cường thời lượng đưa tin, bài về công tác cải cách hành chính. Kịp thời đưa tin biểu dương, nêu gương người tốt, việc tốt; phê phán những mặt chưa tốt với thời lượng thích hợp, tránh tình trạng chỉ có nội dung phản ánh đơn thuần, một chiều.",
                            ),
                            (
                                "dash",
                                "Tham gia viết tin bài tuyên truyền cải cách hành chính trên địa bàn phường trên chuyên mục tuyên truyền cải cách hành chính của Trang thông tin điện tử phường.",
                            ),
                            ("dash", "Báo cáo kết quả công tác tuyên truyền theo quy định."),
                        ],
                        [],
                    ),
                ],
            ),
            S(
                "Đề nghị Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội phường",
                "text",
                [
                    (
                        "plain",
                        "Tổ chức triển khai thực hiện có hiệu quả công tác tuyên truyền về cải cách hành chính nhà nước năm 2024.",
                    ),
                ],
                [],
            ),
        ],
    ),
]

SECTIONS_003 = [
    S(
        "MỤC ĐÍCH, YÊU CẦU",
        "text",
        [],
        [
            S(
                "Mục đích",
                "purposes",
                [
                    (
                        "dash",
                        "Nâng cao vai trò, trách nhiệm của Thủ trưởng cơ quan, đơn vị, UBND xã, tích cực tham gia công tác tuyên truyền CCHC để thực hiện tốt nhiệm vụ công tác CCHC đã đề ra.",
                    ),
                    (
                        "dash",
                        "Nâng cao nhận thức, ý thức, tinh thần trách nhiệm của tập thể lãnh đạo, người đứng đầu cơ quan, đơn vị, cán bộ, công chức, viên chức trong các cơ quan hành chính nhà nước và nhân dân về ý nghĩa, mục tiêu, tầm quan trọng của công tác CCHC đối với sự nghiệp phát triển kinh tế - xã hội của xã.",
                    ),
                    (
                        "dash",
                        "Phát huy vai trò tích cực của các tổ chức, cá nhân trong việc đẩy mạnh các hoạt động tuyên truyền về cải cách hành chính.",
                    ),
                ],
                [],
            ),
            S(
                "Yêu cầu",
                "requirements",
                [
                    (
                        "dash",
                        "Kết hợp lồng ghép việc tuyên truyền CCHC với việc tuyên truyền, phổ biến các chủ trương, chính sách của Đảng, pháp luật của Nhà nước, các văn bản mới của Chính phủ; của tỉnh, huyện, nội dung tuyên truyền cần lựa chọn hình thức phù hợp với tình hình thực tiễn của các cơ quan, đơn vị và địa phương mình, sát với yêu cầu, nhiệm vụ công tác hàng tháng, quý, năm.",
                    ),
                    (
                        "dash",
                        "Công tác tuyên truyền có nhiều nội dung, hình thức phong phú, đảm bảo tiết kiệm gắn với mục tiêu, nhiệm vụ của chương trình tổng thể CCHC Nhà nước giai đoạn 2021 – 2030 của tỉnh, của huyện.",
                    ),
                ],
                [],
            ),
            S(
                "Đối tượng tuyên truyền",
                "audiences",
                [
                    (
                        "plain",
                        "Cán bộ, công chức, viên chức làm việc trong các cơ quan hành chính nhà nước, các tổ chức chính trị - xã hội, các đơn vị sự nghiệp và mọi tầng lớp nhân dân trên địa bàn.",
                    ),
                ],
                [],
            ),
        ],
    ),
    S(
        "NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN",
        "text",
        [],
        [
            S(
                "Nội dung tuyên truyền",
                "contents",
                [
                    (
                        "dash",
                        "Tuyên truyền, phổ biến sâu rộng về tầm quan trọng, ý nghĩa, mục tiêu và tác động của CCHC đến phát triển kinh tế - xã hội của địa phương. Tuyên truyền, phổ biến các văn bản chỉ đạo của trung ương, của tỉnh, của huyện về công tác cải cách hành chính.",
                    ),
                    (
                        "dash",
                        "Tuyên truyền, phổ biến vai trò, trách nhiệm của các cấp ủy đảng, của người đứng đầu cơ quan, đơn vị của xã, người đứng đầu các tổ chức chính trị - xã hội đối với việc triển khai thực hiện nhiệm vụ CCHC ở từng cơ quan, đơn vị, các ban, ngành đoàn thể trong xã và từng cán bộ, đảng viên, đoàn viên, hội viên.",
                    ),
                    (
                        "dash",
                        "Tuyên truyền, nhân rộng những điển hình tiên tiến, các sáng kiến, các mô hình đã và đang thực hiện có hiệu quả trong việc giải quyết thủ tục hành chính tại bộ phận “Tiếp nhận và trả kết quả” Chú trọng các lĩnh vực chủ yếu như: Đất đai, đầu tư, đăng ký kinh doanh, hộ tịch, hộ khẩu, công chứng, xử phạt vi phạm hành chính, khiếu nại, tố cáo…",
                    ),
                    (
                        "dash",
                        "Đưa nội dung cải cách hành chính của tỉnh, huyện, của xã Chương trình tổng thể cải cách hành chính Nhà nước giai đoạn 2021- 2030 của Chính phủ, Chương trình CCHC nhà nước tỉnh Thái Nguyên giai đoạn 2021 – 2025, Kế hoạch thực hiện Chương trình CCHC huyện Định Hóa, xã Định Biên giai đoạn 2021 – 2025.",
                    ),
                ],
                [],
            ),
            S(
                "Hình thức tuyên truyền",
                "forms",
                [
                    (
                        "dash",
                        "Thông tin, tuyên truyền về CCHC thông qua: Hệ thống tiếp sóng Truyền thanh của huyện, tổ chứ tuyên truyền qua các hội nghị, bằng băng zôn tuyên truyền...",
                    ),
                    (
                        "dash",
                        "Thực hiện tốt quyền và nghĩa vụ của tổ chức, công dân, Quy chế dân chủ ở cơ sở và Pháp lệnh thực hiện dân chủ ở xã, phường, thịt trấn. Đối với các dân tộc thiểu số cần đẩy mạnh tuyên truyền qua các cuộc họp của xóm, cụm loa xóm… Đặc biệt là cần tranh thủ sự giúp đỡ của người có uy tín trong cộng đồng để tuyên truyền, phổ biến về công tác CCHC một cách dễ hiểu, thiết thực với từng xóm, từng người dân.",
                    ),
                    (
                        "dash",
                        "Niêm yết công khai, minh bạch, đầy đủ, chính xác, rõ ràng, dễ hiểu, đúng quy định các thủ tục hành chính tại bộ phận “Tiếp nhận và trả kết quả” của xã, và tại nhà văn hóa của xóm.",
                    ),
                    (
                        "dash",
                        "Tuyên truyền trực quan như: Băng rôn, khẩu hiệu, panô, tờ rơi, tuyên truyền lưu động, hình thức sân khấu hóa,....",
                    ),
                ],
                [],
            ),
        ],
    ),
    S(
        "TỔ CHỨC THỰC HIỆN",
        "text",
        [],
        [
            S(
                "Cơ quan thực hiện kế hoạch",
                "implementers",
                [
                    ("dash", "Các ban, ngành đoàn thể, cơ quan, đơn vị, bộ phận tiếp dân..."),
                    (
                        "dash",
                        "Các cấp ủy đảng, các tổ chức chính trị - xã hội phối hợp tham gia tổ chức tuyên truyền về công tác CCHC.",
                    ),
                ],
                [],
            ),
            S("Thời gian thực hiện", "schedule", [], []),
            S(
                "Trách nhiệm thực hiện",
                "responsibilities",
                [],
                [
                    S(
                        "Ban Văn hóa, Thông tin và tuyên truyền",
                        "responsibility",
                        [
                            (
                                "dash",
                                "Chủ trì, phối hợp với các ban, ngành, đoàn thể, cơ quan đơn vị làm tốt công tác tuyên truyền trên địa bàn xã.",
                            ),
                        ],
                        [],
                    ),
                    S(
                        "Ban tài chính- Ngân sách",
                        "responsibility",
                        [
                            (
                                "plain",
                                "Chủ trì, phối hợp với ban văn hóa tham mưu cho UBND xã bố trí kinh phí tuyên truyền về công tác cải cách hành chính xã Định Biên năm 2022.",
                            ),
                        ],
                        [],
                    ),
                    S(
                        "Văn phòng HĐND và UBND xã",
                        "responsibility",
                        [
                            (
                                "plain",
                                "Thường xuyên cập nhật, đăng tải kịp thời, đầy đủ bộ thủ tục hành chính của các cơ quan, đơn vị, UBND xã và các thông tin về cải cách hành chính trên cổng thông tin điện tử của xã.",
                            ),
                            (
                                "dash",
                                "Định kỳ khảo sát mức độ hài lòng của tổ chức và cá nhân đối với sự phục vụ của các cơ quan hành chính nhà nước theo hướng dẫn của ngành dọc cấp trên.",
                            ),
                            (
                                "dash",
                                "Phối hợp với cán bộ Văn hóa và Thông tin, thống nhất nội dung tuyên truyền về cải cách hành chính; Công khai các thủ tục hành chính, quy trình giải quyết thủ tục hành chính tại bộ phận “Tiếp nhận và trà kết quả” của xã.",
                            ),
                            (
                                "dash",
                                "Tổ chức đánh giá kết quả thực hiện công tác thông tin, tuyên truyền CCHC của UBND xã, kịp thời đề xuất với Chủ tịch UBND xã các biện pháp, hình thức tuyên truyền mới phù hợp với thực tiễn nhằm nâng cao hiệu quả trong công tác CCHC.",
                            ),
                        ],
                        [],
                    ),
                    S(
                        "Công chức Tư pháp",
                        "responsibility",
                        [
                            (
                                "plain",
                                "Chủ trì, phối hợp với các cơ quan, đơn vị, UBND xã, tổ chức, triển khai thực hiện việc lồng ghép nội dung cải cách hành chính vào công tác tuyên truyền, phổ biến giáo dục pháp luật, các cuộc thi tìm hiểu về chính sách pháp luật năm 2022.",
                            ),
                        ],
                        [],
                    ),
                    S(
                        "Cán bộ làm công tác Phát thanh -Truyền thông",
                        "responsibility",
                        [
                            (
                                "dash",
                                "Chủ động viết các tin, bài về các mô hình, tập thể, cá nhân làm tốt công tác cải cách hành chính, nêu những gương điển hình tiên tiến (cơ quan, đơn vị, cán bộ, công chức, viên chức) trong thực hiện công tác cải cách hành chính.",
                            ),
                            (
                                "dash",
                                "Viết các tin, bài về CCHC và các chỉ số PAR INDEX, PCI, PAPI ... trên Bản tin cải cách hành chính của xã và trên Cổng thông tin điện tử của xã.",
                            ),
                            (
                                "dash",
                                "Tăng cường tuyên truyền lưu động về công tác cải cách hành chính tập trung vào việc thực hiện cơ chế một cửa, một cửa liên thông.",
                            ),
                            (
                                "dash",
                                "Thực hiện tuyên truyền trực quan như: Căng, treo băng rôn, khẩu hiệu, tuyên truyền lưu động... tại trung tâm xã.",
                            ),
                        ],
                        [],
                    ),
                    S(
                        "Các cơ quan, đơn vị, các ban ngành đoàn thể trên địa bàn xã",
                        "responsibility",
                        [
                            (
                                "dash",
                                "Căn cứ chức năng, nhiệm vụ xây dựng kế hoạch tổ chức thực hiện tuyên truyền về công tác cải cách hành chính, thủ tục hành chính ở cơ quan, đơn vị mình.",
                            ),
                            (
                                "dash",
                                "Thực hiện niêm yết công khai, minh bạch các thủ tục hành chính thuộc thẩm quyền giải quyết của cơ quan, đơn vị, quy trình giải quyết công việc tại Bộ phận “Tiếp nhận và trả kết quả”, những nơi tiếp xúc, giải quyết công việc với tổ chức và công dân.",
                            ),
                            (
                                "dash",
                                "Tăng cường tiếp xúc, đối thoại với các tổ chức và công dân trong quá trình thực thi pháp luật của ngành, cơ quan, đơn vị, địa phương, cán bộ, công chức, viên chức nói chung và trong công tác giải quyết thủ tục hành chính cho tổ chức và công dân nói riêng.",
                            ),
                        ],
                        [],
                    ),
                ],
            ),
        ],
    ),
]

SCHEDULE_003 = [
    (
        1,
        "Thực hiện tuyên truyền bằng băng zôn, tin bài trên cổng thông tin điện tử xã, hệ thống truyền thanh của xã.",
    ),
    (
        2,
        "Thực hiện tuyên truyền bằng qua các hội nghị, qua hệ thống truyền thanh của huyện, của xã, qua các cuộc tuyên truyền phổ biến pháp luật trên địa bàn xã.",
    ),
    (
        3,
        "Thực hiện tuyên truyền tin bài trên cổng thông tin điện tử xã, hệ thống truyền thanh của xã, tuyên truyền qua hội nghị sơ tổng kết.",
    ),
    (
        4,
        "Tổ chức tổng kết đánh giá chất kết quả một năm thực hiện và đề ra phương hướng nhiệm vụ, giải pháp cho những năm tiếp theo.",
    ),
]
