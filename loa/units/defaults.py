"""Default offices a unit gets when it is created; each unit edits its own list afterwards.

Pairs of (name, abbreviation). The abbreviation goes into "Lưu: VT, VHXH." lines.
"""

# Commune, ward or special zone after 1 July 2025.
COMMUNE_OFFICES = [
    ("Văn phòng HĐND và UBND", "VP"),
    ("Phòng Văn hóa - Xã hội", "VHXH"),
    ("Phòng Kinh tế", "KT"),
    ("Trung tâm Phục vụ hành chính công", "TTPVHCC"),
    ("Tư pháp - Hộ tịch", "TP"),
    ("Tài chính - Kế toán", "TCKT"),
    ("Địa chính - Xây dựng", "ĐCXD"),
    ("Đài truyền thanh", "ĐTT"),
    ("Ủy ban MTTQ Việt Nam và các đoàn thể", "MTTQ"),
    ("Các trường học trên địa bàn", "TH"),
]

# Commune, ward or township before 1 July 2025 (công chức chuyên môn of the old model).
LEGACY_COMMUNE_OFFICES = [
    ("Văn phòng HĐND và UBND", "VP"),
    ("Văn hóa - Xã hội", "VHXH"),
    ("Tư pháp - Hộ tịch", "TP"),
    ("Tài chính - Kế toán", "TCKT"),
    ("Địa chính - Xây dựng", "ĐCXD"),
    ("Bộ phận Tiếp nhận và Trả kết quả", "BPMC"),
    ("Đài truyền thanh", "ĐTT"),
    ("Ủy ban MTTQ Việt Nam và các đoàn thể", "MTTQ"),
    ("Các trường học trên địa bàn", "TH"),
]

# District, town or provincial city before 1 July 2025.
DISTRICT_OFFICES = [
    ("Văn phòng HĐND và UBND", "VP"),
    ("Phòng Nội vụ", "NV"),
    ("Phòng Văn hóa và Thông tin", "VHTT"),
    ("Phòng Tư pháp", "TP"),
    ("Phòng Tài chính - Kế hoạch", "TCKH"),
    ("Trung tâm Văn hóa, Thông tin và Thể thao", "TTVHTT"),
    ("Bộ phận Tiếp nhận và Trả kết quả", "BPMC"),
    ("Ủy ban MTTQ Việt Nam và các đoàn thể", "MTTQ"),
]

# Province or centrally-run city after 1 July 2025.
PROVINCE_OFFICES = [
    ("Văn phòng UBND", "VP"),
    ("Sở Nội vụ", "SNV"),
    ("Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL"),
    ("Sở Tư pháp", "STP"),
    ("Sở Khoa học và Công nghệ", "SKHCN"),
    ("Sở Tài chính", "STC"),
    ("Trung tâm Phục vụ hành chính công", "TTPVHCC"),
    ("Báo và Phát thanh, Truyền hình", "BPTTH"),
]

# Province before 1 July 2025.
LEGACY_PROVINCE_OFFICES = [
    ("Văn phòng UBND", "VP"),
    ("Sở Nội vụ", "SNV"),
    ("Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL"),
    ("Sở Thông tin và Truyền thông", "STTTT"),
    ("Sở Tư pháp", "STP"),
    ("Sở Tài chính", "STC"),
    ("Trung tâm Phục vụ hành chính công", "TTPVHCC"),
    ("Đài Phát thanh và Truyền hình", "PTTH"),
]
