"""Text helpers every app may use."""

import unicodedata


def fold(text: str) -> str:
    """Vietnamese text without tones, marks or case, spaces collapsed: "Đường An" and
    "duong  an" both become "duong an". Searches compare folded forms, computed in Python,
    so SQLite and PostgreSQL find the same rows (ADR 24)."""
    # "đ" is a letter of its own, not "d" with a mark: NFD leaves it whole.
    text = str(text or "").replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def thousands(value) -> str:
    """1234567 → "1.234.567": whole numbers as Vietnamese writes them (intcomma's output,
    without the template engine)."""
    return f"{int(value or 0):,}".replace(",", ".")
