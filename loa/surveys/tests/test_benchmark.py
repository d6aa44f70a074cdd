"""The benchmark runs on a small survey and keeps nothing."""

import io

from loa.surveys import benchmarks
from loa.surveys.models import Answer, Survey


def test_the_benchmark_prints_its_line_and_rolls_back(offices):
    out = io.StringIO()
    benchmarks.run(out, answers=600)
    line = out.getvalue()
    assert line.startswith("survey_results_100k_ms: ") and "(target ≤ 200 ms)" in line
    assert "[" in line  # fewer answers than the real run
    assert not Survey.objects.exists() and not Answer.objects.exists()
