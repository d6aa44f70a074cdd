"""Text written to be read aloud on the commune radio (ADR 29): numbers, dates, per cents
and phone numbers in words, the abbreviations of official writing spelled out, no
brackets, no links, short sentences.

Our own reader of numbers: num2words 0.5.14 reads 2025 as "hai nghìn lẻ hai mươi lăm"
and 3,5 as "ba phẩy năm mươi"; a radio script is read by people and by text-to-speech
engines that say exactly what is written.
"""

import re

DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
SCALES = ("", "nghìn", "triệu", "tỷ")

# The abbreviations of official writing, longest first so that "UBND" is not read as "UB".
ABBREVIATIONS = {
    "HĐND": "Hội đồng nhân dân",
    "UBND": "Ủy ban nhân dân",
    "UBMTTQ": "Ủy ban Mặt trận Tổ quốc",
    "MTTQ": "Mặt trận Tổ quốc",
    "CCHC": "cải cách hành chính",
    "TTHC": "thủ tục hành chính",
    "DVCTT": "dịch vụ công trực tuyến",
    "DVC": "dịch vụ công",
    "PAKN": "phản ánh, kiến nghị",
    "CBCCVC": "cán bộ, công chức, viên chức",
    "CBCC": "cán bộ, công chức",
    "CSDL": "cơ sở dữ liệu",
    "CNTT": "công nghệ thông tin",
    "QĐ": "Quyết định",
    "KH": "Kế hoạch",
    "NĐ-CP": "Nghị định của Chính phủ",
    "TT": "Thông tư",
    "TP.": "thành phố",
    "VNeID": "Vi En i Đi",
}
_ABBREVIATION = re.compile(
    r"(?<![\w.])("
    + "|".join(re.escape(a) for a in sorted(ABBREVIATIONS, key=len, reverse=True))
    + r")(?![\w])"
)
_URL_IN_BRACKETS = re.compile(r"\s*\([^()]*https?://[^()]*\)", re.IGNORECASE)
_URL = re.compile(r"\s*\bhttps?://[^\s)]+", re.IGNORECASE)
_DOC_NUMBER = re.compile(r"\b(số\s+)(\d+)/[\wĐđ\-]+", re.IGNORECASE)
_DATE = re.compile(r"\b(ngày\s+)?(\d{1,2})/(\d{1,2})/(\d{4})\b", re.IGNORECASE)
_MONTH_YEAR = re.compile(r"\b(tháng\s+)?(\d{1,2})/(\d{4})\b", re.IGNORECASE)
_DAY_MONTH = re.compile(r"\b(ngày\s+)?(\d{1,2})/(\d{1,2})(?![\d/])", re.IGNORECASE)
_PERCENT = re.compile(r"(\d+(?:,\d+)?)\s*%")
_PHONE = re.compile(r"(?<!\d)(0\d{2,3}[ .]?\d{3,4}[ .]?\d{3,4})(?!\d)")
_NUMBER = re.compile(r"(?<![\w,])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\w])")
_BRACKETS = re.compile(r"\s*\(([^()]*)\)")


def _three(n: int, full: bool) -> str:
    """0–999; `full` reads the hundreds and the "lẻ" even when they are zero, as a group
    after a higher one is read ("hai nghìn không trăm hai mươi lăm")."""
    hundreds, tens, units = n // 100, n // 10 % 10, n % 10
    words = []
    if hundreds or full:
        words += [DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units and words:
            words.append("lẻ")
    elif tens == 1:
        words.append("mười")
    else:
        words += [DIGITS[tens], "mươi"]
    if units:
        if units == 1 and tens >= 2:
            words.append("mốt")
        elif units == 4 and tens >= 2:
            words.append("tư")
        elif units == 5 and tens >= 1:
            words.append("lăm")
        else:
            words.append(DIGITS[units])
    return " ".join(words)


def number_words(n: int) -> str:
    """A whole number as it is said: 2025 → "hai nghìn không trăm hai mươi lăm"."""
    if n < 0:
        return "âm " + number_words(-n)
    if n == 0:
        return DIGITS[0]
    groups = []
    while n:
        groups.append(n % 1000)
        n //= 1000
    words = []
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if not group:
            continue
        leading = index == len(groups) - 1
        scale = SCALES[index % 3] if index % 3 else ""
        if index and index % 3 == 0:
            scale = "tỷ"
        words.append(_three(group, full=not leading))
        if scale:
            words.append(scale)
    return " ".join(words)


def decimal_words(whole: int, fraction: str = "") -> str:
    """3,5 → "ba phẩy năm"; the part after the comma is read as its own number."""
    text = number_words(whole)
    if fraction:
        leading_zeros = len(fraction) - len(fraction.lstrip("0"))
        rest = fraction.lstrip("0")
        parts = [DIGITS[0]] * leading_zeros + ([number_words(int(rest))] if rest else [])
        text += " phẩy " + " ".join(parts)
    return text


def day_words(day: int) -> str:
    return f"mùng {number_words(day)}" if day <= 10 else number_words(day)


def month_words(month: int) -> str:
    return "tư" if month == 4 else number_words(month)


def date_words(day: int, month: int, year: int) -> str:
    return f"ngày {day_words(day)} tháng {month_words(month)} năm {number_words(year)}"


def phone_words(phone: str) -> str:
    """A phone number digit by digit, its groups apart: "0225 3842 111" → "không hai hai
    năm, ba tám bốn hai, một một một"."""
    groups = re.split(r"[ .]", phone)
    return ", ".join(" ".join(DIGITS[int(d)] for d in group) for group in groups if group)


def _as_written(match, words: str) -> str:
    """`words` with the capital of the word it replaces ("Ngày 05/01" → "Ngày mùng năm")."""
    lead = match.group(1) or ""
    return words[0].upper() + words[1:] if lead[:1].isupper() else words


def _date(m) -> str:
    day, month, year = int(m.group(2)), int(m.group(3)), int(m.group(4))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return m.group(0)
    return _as_written(m, date_words(day, month, year))


def _month_year(m) -> str:
    month, year = int(m.group(2)), int(m.group(3))
    if not 1 <= month <= 12:
        return m.group(0)
    return _as_written(m, f"tháng {month_words(month)} năm {number_words(year)}")


def _day_month(m) -> str:
    day, month = int(m.group(2)), int(m.group(3))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return m.group(0)
    return _as_written(m, f"ngày {day_words(day)} tháng {month_words(month)}")


def spoken(text: str) -> str:
    """Text for the ear: see the module's docstring. Brackets are kept as a clause
    between commas; links are dropped (a listener cannot follow them)."""
    text = _URL_IN_BRACKETS.sub("", text)
    text = _URL.sub("", text)
    text = _BRACKETS.sub(lambda m: f", {m.group(1)},", text)
    text = _DOC_NUMBER.sub(lambda m: m.group(1) + number_words(int(m.group(2))), text)
    text = _DATE.sub(_date, text)
    text = _MONTH_YEAR.sub(_month_year, text)
    text = _DAY_MONTH.sub(_day_month, text)
    text = _PERCENT.sub(lambda m: f"{m.group(1)} phần trăm", text)
    text = _PHONE.sub(lambda m: phone_words(m.group(1)), text)
    text = _NUMBER.sub(
        lambda m: decimal_words(int(m.group(1).replace(".", "")), m.group(2) or ""), text
    )
    text = _ABBREVIATION.sub(lambda m: ABBREVIATIONS[m.group(1)], text)
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r",\s*([,.;:!?])", r"\1", text)
    return re.sub(r"[ \t]+", " ", text).strip()


def sentences(text: str) -> list[str]:
    """Short sentences: a long one is cut at its semicolons, each part ending in a full
    stop (a question or an exclamation keeps its own mark)."""
    out = []
    for sentence in re.split(r"(?<=[.!?])\s+", text.strip()):
        for part in sentence.split(";"):
            part = part.strip().rstrip(".")
            if part:
                end = "" if part.endswith(("?", "!")) else "."
                out.append(part[0].upper() + part[1:] + end)
    return out
