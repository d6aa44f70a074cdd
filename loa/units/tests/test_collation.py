from django.db.models.functions import Collate
from hypothesis import given
from hypothesis import strategies as st

from loa.units.collation import VI, vi_sort_key
from loa.units.models import Unit
from loa.units.tests.factories import CommuneFactory

NAMES_IN_ORDER = [
    "An Lạc",
    "Ăn Sương",
    "Ân Thi",
    "Ba Vì",
    "Bình Giang",
    "Dương Nội",
    "Đông Mai",
    "Ô Môn",
    "Ơn Đức",
    "Uy Nỗ",
    "Ứng Hòa",
]


def test_python_key_follows_the_vietnamese_alphabet():
    shuffled = list(reversed(NAMES_IN_ORDER))
    assert sorted(shuffled, key=vi_sort_key) == NAMES_IN_ORDER


def test_tones_order_after_letters_in_dictionary_order():
    # ngang, huyền, hỏi, ngã, sắc, nặng
    words = ["ma", "mà", "mả", "mã", "má", "mạ"]
    assert sorted(reversed(words), key=vi_sort_key) == words
    # the letter decides before the tone: "mạ" comes before "mb…"
    assert sorted(["mba", "mạ"], key=vi_sort_key) == ["mạ", "mba"]


@given(st.lists(st.text(alphabet="aăâbdđeêoôơuưàằầáạ ", max_size=6), max_size=8))
def test_key_is_a_total_order_consistent_with_equality(words):
    ordered = sorted(words, key=vi_sort_key)
    assert sorted(ordered, key=vi_sort_key) == ordered
    for w in words:
        assert (vi_sort_key(w) == vi_sort_key(w.upper())) is (w == w.upper())


def test_database_sorts_units_in_vietnamese_order(db):
    for name in reversed(NAMES_IN_ORDER):
        CommuneFactory(short_name=name)
    names = list(
        Unit.objects.filter(short_name__in=NAMES_IN_ORDER)
        .order_by(Collate("short_name", VI))
        .values_list("short_name", flat=True)
    )
    assert names == NAMES_IN_ORDER
    assert (
        list(
            Unit.objects.filter(short_name__in=NAMES_IN_ORDER)
            .by_vietnamese_name()
            .values_list("short_name", flat=True)
        )
        == NAMES_IN_ORDER
    )
