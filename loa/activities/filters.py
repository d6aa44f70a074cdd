"""Filters of the activity list and its Excel export (django-filter). A value that is not
valid (a date that does not exist, an office from elsewhere, a number too large for the
database) leaves its filter out and says so under the field; the others still apply."""

import django_filters
from django import forms
from django.db.models import Q

from loa.plans.models import Channel, ReformArea, Task
from loa.units.models import Office

from .models import Activity
from .services import tasks_open_for_logging

NOT_IN_LIST = "Lựa chọn không có trong danh sách: bộ lọc này không được áp dụng."
BAD_DATE = "Ngày không hợp lệ (ngày/tháng/năm): bộ lọc này không được áp dụng."
SEARCH_MAX_CHARS = 200
TOO_LONG = f"Từ khóa tìm kiếm dài quá {SEARCH_MAX_CHARS} ký tự: bộ lọc này không được áp dụng."


def _date(label: str, lookup: str) -> django_filters.DateFilter:
    return django_filters.DateFilter(
        field_name="started_on",
        lookup_expr=lookup,
        label=label,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": BAD_DATE},
    )


def _choice(label: str, queryset, **kwargs) -> django_filters.ModelChoiceFilter:
    return django_filters.ModelChoiceFilter(
        label=label,
        queryset=queryset,
        empty_label="Tất cả",
        error_messages={"invalid_choice": NOT_IN_LIST},
        **kwargs,
    )


class ActivityFilter(django_filters.FilterSet):
    # SQLite refuses a LIKE pattern past 50,000 bytes: a search is a few words
    q = django_filters.CharFilter(
        label="Tìm",
        method="search",
        max_length=SEARCH_MAX_CHARS,
        error_messages={"max_length": TOO_LONG},
    )
    start = _date("Từ ngày", "gte")
    end = _date("Đến ngày", "lte")
    office = _choice("Bộ phận", Office.objects.none())
    channel = _choice("Hình thức", Channel.objects.all())
    area = _choice("Lĩnh vực", ReformArea.objects.all(), field_name="reform_areas", distinct=True)
    task = _choice("Nhiệm vụ", Task.objects.none())

    class Meta:
        model = Activity
        fields = []  # the filters above, and only them

    def __init__(self, data=None, *, unit, **kwargs):
        queryset = (
            Activity.objects.filter(unit=unit)
            .select_related("channel", "office", "task")
            .prefetch_related("reform_areas", "evidence")
        )
        super().__init__(data, queryset=queryset, **kwargs)
        self.filters["office"].queryset = unit.offices.all()
        self.filters["task"].queryset = tasks_open_for_logging(unit)
        self.form.fields["task"].label_from_instance = lambda t: f"{t.plan.year} — {t.content[:60]}"

    def search(self, queryset, name, value):
        return queryset.filter(Q(title__icontains=value) | Q(description__icontains=value))
