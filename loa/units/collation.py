"""Vietnamese alphabetical order, the same on SQLite and PostgreSQL.

PostgreSQL gets an ICU collation named "vi" (migration 0001). SQLite has no ICU, so every
new SQLite connection gets a collation named "vi" built from `vi_sort_key` below. Query with
`Collate("name", VI)` or use the `by_vietnamese_name()` queryset helper.

The order is the dictionary's: letters a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư
v x y first (so "Đ" sorts after "D", not beside it), then the tone as a second-level
difference: none, huyền, hỏi, ngã, sắc, nặng.
"""

import unicodedata
from functools import lru_cache

from django.db.backends.signals import connection_created
from django.dispatch import receiver

VI = "vi"

_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
# Tone marks, in dictionary order (no tone = 0).
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_CIRCUMFLEX = {"a": "â", "e": "ê", "o": "ô"}
_HORN = {"o": "ơ", "u": "ư"}
_RANK = {ch: i for i, ch in enumerate(_ALPHABET)}


def _letters(text: str):
    """Yield (letter, tone) for each character of `text`, lower-cased."""
    for char in text.lower():
        decomposed = unicodedata.normalize("NFD", char)
        base, marks = decomposed[0], decomposed[1:]
        tone = 0
        for mark in marks:
            if mark in _TONES:
                tone = _TONES[mark]
            elif mark == "\u0306" and base == "a":
                base = "ă"
            elif mark == "\u0302":
                base = _CIRCUMFLEX.get(base, base)
            elif mark == "\u031b":
                base = _HORN.get(base, base)
        yield base, tone


@lru_cache(maxsize=65536)  # names of units, offices, channels: the same ones, sorted often
def vi_sort_key(text: str) -> tuple:
    """A key that sorts Vietnamese text in dictionary order (immutable, so it can be kept)."""
    primary = []
    tones = []
    for letter, tone in _letters(text or ""):
        # Spaces, digits and punctuation sort before letters; letters outside the
        # Vietnamese alphabet (f, j, w, z) after them.
        if letter in _RANK:
            primary.append(0x110000 + _RANK[letter])
        elif letter.isalpha():
            primary.append(0x110000 + len(_ALPHABET) + ord(letter))
        else:
            primary.append(ord(letter))
        tones.append(tone)
    return (tuple(primary), tuple(tones), text or "")


def _compare(left: str, right: str) -> int:
    a, b = vi_sort_key(left), vi_sort_key(right)
    return (a > b) - (a < b)


@receiver(connection_created)
def register_sqlite_collation(sender, connection, **kwargs):
    if connection.vendor == "sqlite":
        connection.connection.create_collation(VI, _compare)
