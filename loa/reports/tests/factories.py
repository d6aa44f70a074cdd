"""Reports for tests, compiled from the log and taken through the workflow by the service
functions, as the pages do. Registered as fixtures in the root conftest.py
(`report_factory`, `sent_report_factory`).

    ReportFactory(unit=a, kind="quarter", year=2026, index=1, by=officer)   # a draft
    SentReportFactory(unit=a, year=2026, by=officer, signer=leader)         # sent up

Whoever is not given (`by`, `signer`) is a new member of the unit with that role."""

import datetime

import factory
from django.utils import timezone

from loa.accounts.models import Role
from loa.plans.tests.factories import new_member
from loa.reports import services
from loa.reports.models import Report, ReportStatus
from loa.units.tests.factories import CommuneFactory

# how far the workflow takes a report, in order
STEPS = [ReportStatus.DRAFT, ReportStatus.SUBMITTED, ReportStatus.ISSUED, ReportStatus.SENT]


def default_issue_date(report: Report) -> datetime.date:
    """The day after the period's cut-off, but never after today."""
    return min(report.period_end + datetime.timedelta(days=1), timezone.localdate())


def report_send_up(report: Report, *, by, signer, issued_on=None, sent_at=None) -> Report:
    """Submitted by `by`, issued by `signer` on `issued_on`, sent up by `by` at `sent_at`
    (now unless given): for a test that looks at the draft before it goes."""
    services.report_submit(report=report, by=by)
    services.report_issue(report=report, by=signer, on=issued_on or default_issue_date(report))
    services.report_send(report=report, by=by, at=sent_at)
    return report


class ReportFactory(factory.django.DjangoModelFactory):
    """A report of `unit` compiled by `by` (report_create's arguments: kind, year, index,
    consolidated, start and end for an ad hoc one…), as far as `status` (draft unless
    given). Other Report fields given (next_steps, …) are set on the draft before it goes
    on."""

    class Meta:
        model = Report
        skip_postgeneration_save = True

    unit = factory.SubFactory(CommuneFactory)
    kind = "annual"
    year = factory.LazyFunction(lambda: timezone.localdate().year)
    index = 1
    by = None
    consolidated = False
    start = None
    end = None
    status = ReportStatus.DRAFT
    signer = None
    issued_on = None
    sent_at = None

    @classmethod
    def _create(
        cls,
        model_class,
        *,
        unit,
        kind,
        year,
        index,
        by,
        consolidated,
        start,
        end,
        status,
        signer,
        issued_on,
        sent_at,
        **fields,
    ):
        by = by or new_member(unit, Role.OFFICER)
        report = services.report_create(
            unit=unit,
            kind=kind,
            year=year,
            index=index,
            by=by,
            consolidated=consolidated,
            start=start,
            end=end,
        )
        if fields:
            for name, value in fields.items():
                setattr(report, name, value)
            report.save(update_fields=list(fields))
        steps = STEPS[1 : STEPS.index(status) + 1]
        if ReportStatus.SUBMITTED in steps:
            services.report_submit(report=report, by=by)
        if ReportStatus.ISSUED in steps:
            signer = signer or new_member(unit, Role.LEADER)
            services.report_issue(
                report=report, by=signer, on=issued_on or default_issue_date(report)
            )
        if ReportStatus.SENT in steps:
            services.report_send(report=report, by=by, at=sent_at)
        return report


class SentReportFactory(ReportFactory):
    """A report submitted and sent up by `by`, issued by `signer` the day after its cut-off
    (or today if that is earlier): its figures are frozen."""

    status = ReportStatus.SENT
