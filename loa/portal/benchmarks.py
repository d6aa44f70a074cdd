"""`make bench`: the public search over 2,000 procedures of one level, typed without
diacritics, as the list page runs it (the first page of 50 and the count):

    procedure_search_2000_ms: 4.2 (target ≤ 50 ms) OK

2,000 procedures is about ten times a province's commune-level list; they are made in a
transaction that is rolled back, so the database is left as it was. The median of a few
searches after one that warms the connection; wall-clock milliseconds, as a visitor waits."""

import statistics
import time

from django.db import transaction

from loa.core.text import fold
from loa.units.models import Level, Unit

from .models import Procedure
from .queries import procedures_for

COUNT = 2000
TARGET_MS = 50
SEARCHES = ["dang ky khai sinh", "chung thuc ban sao", "1.000894", "cap giay phep", "ho tich"]
_VERBS = ["Đăng ký", "Cấp", "Cấp lại", "Chứng thực", "Thẩm định", "Xác nhận", "Gia hạn"]
_OBJECTS = [
    "khai sinh",
    "kết hôn",
    "khai tử",
    "giấy phép kinh doanh hộ gia đình",
    "bản sao từ bản chính",
    "hỗ trợ hộ nghèo",
    "giấy phép xây dựng nhà ở riêng lẻ",
    "thường trú",
]
_FIELDS = ["Hộ tịch", "Chứng thực", "Xây dựng", "Bảo trợ xã hội", "Kinh tế hợp tác", "Cư trú"]


class _Rollback(Exception):
    pass


def _procedures(count: int) -> list[Procedure]:
    out = []
    for i in range(count):
        name = f"{_VERBS[i % len(_VERBS)]} {_OBJECTS[i // len(_VERBS) % len(_OBJECTS)]} ({i})"
        field = _FIELDS[i % len(_FIELDS)]
        code = f"1.{i:06d}" if i % 3 else ""
        out.append(
            Procedure(
                name=name,
                field=field,
                level=Level.COMMUNE,
                code=code,
                search_text=fold(f"{name} {field} {code}"),
            )
        )
    return out


def median_ms(unit: Unit, runs: int) -> float:
    def search(words: str):
        found = procedures_for(unit, search=words)
        list(found[:50])
        found.count()

    search(SEARCHES[0])
    samples = []
    for i in range(runs):
        start = time.perf_counter()
        search(SEARCHES[i % len(SEARCHES)])
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def run(stdout, runs: int = 25, count: int = COUNT) -> None:
    unit = Unit.objects.current().filter(level=Level.COMMUNE, parent__isnull=False).first()
    if unit is None:
        stdout.write(f"procedure_search_{count}_ms: skipped (no commune loaded)\n")
        return
    try:
        with transaction.atomic():
            Procedure.objects.bulk_create(_procedures(count), batch_size=500)
            ms = median_ms(unit, runs)
            raise _Rollback
    except _Rollback:
        pass
    verdict = "OK" if ms <= TARGET_MS else "MISS"
    stdout.write(f"procedure_search_{count}_ms: {ms:.1f} (target ≤ {TARGET_MS} ms) {verdict}\n")
