"""A unit's communication score explained part by part, and a province's scoring rules.

The score page computes live and stores the result when it differs, so the ranking beside
it counts what the page shows."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render

from loa.accounts.access import checked_object
from loa.accounts.rules import may
from loa.plans.models import Channel
from loa.units.models import Level, Unit

from ..forms import GROUP_PREFIX, GroupForm, GroupFormSet, RulesForm, rules_data
from ..models import ScoreRules, UnitScore
from ..scoring import (
    rank_within,
    rules_for,
    score_compute,
    score_from_stored,
    units_scored_by,
)
from ..services import rules_save, score_store, scores_refresh_later

FIRST_SCORED_YEAR = 2021  # the seeds' first plans


def _year(year: int) -> int:
    if not FIRST_SCORED_YEAR <= year <= 2100:
        raise Http404("Không có năm này.")
    return year


def score_ranks(unit: Unit, year: int) -> list[tuple[str, tuple | None]]:
    """(where, (total, rank, out of) or None) within the unit's upper level and, for a
    commune-level unit, the country."""
    out = []
    if unit.parent_id:
        out.append((unit.parent.name, rank_within(unit.parent, year).get(unit.pk)))
    if unit.level == Level.COMMUNE and unit.valid_to is None:
        out.append(("cả nước", rank_within(None, year).get(unit.pk)))
    return out


def score(request, key: str, year: int):
    unit = checked_object(request)
    year = _year(year)
    current = score_compute(unit, year)
    score_store(score=current)
    previous_stored = (
        UnitScore.objects.filter(unit=unit, year=year - 1).select_related("rules__unit").first()
    )
    previous = score_from_stored(previous_stored) if previous_stored else None
    if previous is None and year - 1 >= FIRST_SCORED_YEAR:
        previous = score_compute(unit, year - 1)
        score_store(score=previous)
    province = unit if unit.level == Level.PROVINCE else (unit.ancestors() or [None])[-1]
    context = {
        "unit": unit,
        "year": year,
        "score": current,
        "ranks": score_ranks(unit, year),
        "previous": previous,
        "previous_ranks": score_ranks(unit, year - 1) if previous else [],
        "province": province,
        "may_see_rules": province is not None
        and may(request.user, "dashboard.view_rules", province),
    }
    return render(request, "dashboard/score.html", context)


def rules(request, key: str, year: int):
    province = checked_object(request)
    year = _year(year)
    in_force = rules_for(province, year)
    form = groups = None
    if request.method == "POST":
        form = RulesForm(request.POST)
        groups = GroupFormSet(request.POST, prefix=GROUP_PREFIX)
        if form.is_valid() and groups.is_valid():
            data, rows = rules_data(form, groups)
            try:
                saved = rules_save(
                    unit=province,
                    year=year,
                    data=data,
                    note=form.cleaned_data["note"],
                    by=request.user,
                )
            except ValidationError as error:
                _show_faults(error, form, rows)
            else:
                scores_refresh_later.enqueue(units_scored_by(province), year)
                messages.success(
                    request,
                    f"Đã ban hành phiên bản {saved.version} của bộ tiêu chí năm {year}; điểm "
                    f"của các đơn vị thuộc {province.name} được tính lại theo phiên bản này.",
                )
                return redirect("dashboard:rules", key=province.key, year=year)
    else:
        form = RulesForm(initial=RulesForm.initial_from(in_force.data))
        groups = GroupFormSet(
            prefix=GROUP_PREFIX,
            initial=[GroupForm.initial_from(g) for g in in_force.data["groups"]],
        )
    names = dict(Channel.objects.values_list("code", "name"))
    context = {
        "province": province,
        "year": year,
        "in_force": in_force,
        "groups_in_force": [
            (g, [names.get(c, c) for c in g.get("channels", [])]) for g in in_force.data["groups"]
        ],
        "form": form,
        "groups": groups,
        "versions": ScoreRules.objects.filter(unit=province, year=year)
        .select_related("created_by")
        .order_by("-version"),
        "may_change": may(request.user, "dashboard.change_rules", province),
    }
    return render(request, "dashboard/rules.html", context, status=400 if form.errors else 200)


def _show_faults(error: ValidationError, form: RulesForm, rows: list) -> None:
    """Put each fault the service found beside the field it is about."""
    if not hasattr(error, "error_dict"):
        for message in error.messages:
            form.add_error(None, message)
        return
    for where, faults in error.message_dict.items():
        place = where.split(".")
        for message in faults:
            if place[0] == "plan":
                form.add_error(f"plan_{place[1]}", message)
            elif place[0] == "groups" and len(place) == 3:
                rows[int(place[1])].add_error(place[2], message)
            else:
                form.add_error(None, message)
