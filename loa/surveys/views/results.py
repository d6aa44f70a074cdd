"""The results of a survey for its unit's officers: counts and shares per question, the
SIPAS index per factor and overall, the index by procedure field; and the same in Excel."""

from django.shortcuts import render

from loa.accounts.access import checked_object
from loa.core.http import download

from .. import exports, queries, services


def survey_results(request, pk):
    survey = services.survey_close_if_ended(checked_object(request), request=request)
    context = {"unit": survey.unit, "survey": survey, **queries.results(survey)}
    return render(request, "surveys/survey_results.html", context)


def survey_xlsx(request, pk):
    survey = services.survey_close_if_ended(checked_object(request), request=request)
    return download(exports.results_workbook(survey), f"khao-sat-{survey.pk}.xlsx")
