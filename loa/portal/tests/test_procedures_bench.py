"""The procedures search benchmark prints its line in the bench form and leaves nothing
behind; `make bench` finds it through the app registry. No timing is asserted here."""

import io
import re

import pytest

from loa.portal import benchmarks
from loa.portal.models import Procedure
from loa.portal.queries import procedures_for
from loa.reports.management.commands.bench import app_benchmarks

pytestmark = pytest.mark.django_db


def test_the_search_bench_prints_its_line_and_rolls_back(tree):
    out = io.StringIO()
    benchmarks.run(out, runs=3)
    line = out.getvalue().strip()
    assert re.fullmatch(r"procedure_search_2000_ms: \d+\.\d \(target ≤ 50 ms\) (OK|MISS)", line)
    assert not Procedure.objects.exists()


def test_the_search_finds_folded_words_among_the_generated_procedures(tree):
    Procedure.objects.bulk_create(benchmarks._procedures(200))
    found = procedures_for(tree["A"], search="dang ky khai sinh")
    assert found.count() > 0
    assert all(p.name.startswith("Đăng ký khai sinh") for p in found)


def test_make_bench_collects_the_procedures_bench():
    assert benchmarks in app_benchmarks()
