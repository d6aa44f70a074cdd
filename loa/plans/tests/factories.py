"""Plans, tasks and targets for tests, built the way Loa builds them: a plan is started by
an officer of its unit (from Loa's template, or from an issued upper plan) and taken
through the workflow by the service functions, so a factory-made plan is one the pages
could have made. Registered as fixtures in the root conftest.py (`plan_factory`, …).

    PlanFactory(unit=a, year=2026, by=officer)              # a draft from the template
    PlanFactory(unit=a, upper=upper_plan, by=officer)       # a draft from the upper plan
    IssuedPlanFactory(unit=a, by=officer, signer=leader, issued_on=date(2026, 1, 10))

Whoever is not given (`by`, `signer`) is a new member of the unit with that role: pass
the personas when the people matter (who gets a reminder, who may sign)."""

import datetime

import factory
from django.utils import timezone

from loa.accounts.models import Role
from loa.accounts.tests.factories import MembershipFactory
from loa.plans import services
from loa.plans.models import Channel, Plan, PlanStatus, Target, Task, TaskState
from loa.units.tests.factories import CommuneFactory

# how far the workflow takes a plan, in order
STEPS = [PlanStatus.DRAFT, PlanStatus.SUBMITTED, PlanStatus.ISSUED]


def new_member(unit, role):
    return MembershipFactory(unit=unit, role=role).user


def default_issue_date(year: int) -> datetime.date:
    """Early January of the plan year, as communes issue theirs, but never after today."""
    return min(datetime.date(year, 1, 5), timezone.localdate())


class ChannelFactory(factory.django.DjangoModelFactory):
    """A channel of the built-in catalogue by its code (`channel__code="radio"`); a new
    channel only for a code the catalogue lacks."""

    class Meta:
        model = Channel
        django_get_or_create = ("code",)

    code = "web_portal"
    name = factory.LazyAttribute(lambda o: f"Hình thức {o.code}")
    kind = "online"
    counting_unit = "tin, bài"


class PlanFactory(factory.django.DjangoModelFactory):
    """A plan of `unit` for `year` (this year unless given), as far as `status` (draft unless
    given). `tasks`: the rows to add to the draft before it goes on (dicts of Task fields).
    Other Plan fields given are set on the draft before it goes on."""

    class Meta:
        model = Plan
        skip_postgeneration_save = True

    unit = factory.SubFactory(CommuneFactory)
    upper = None
    year = factory.LazyAttribute(
        lambda o: o.upper.year if o.upper is not None else timezone.localdate().year
    )
    title = ""
    by = None
    status = PlanStatus.DRAFT
    tasks = ()
    signer = None
    issued_on = None

    @classmethod
    def _create(
        cls,
        model_class,
        *,
        unit,
        upper,
        year,
        title,
        by,
        status,
        tasks,
        signer,
        issued_on,
        **fields,
    ):
        by = by or new_member(unit, Role.OFFICER)
        if upper is not None:
            plan = services.plan_create_from_upper(unit=unit, upper=upper, by=by, title=title)
        else:
            plan = services.plan_create_from_template(unit=unit, year=year, by=by, title=title)
        if fields:
            for name, value in fields.items():
                setattr(plan, name, value)
            plan.save(update_fields=list(fields))
        order = services.next_order(plan.tasks.all())
        for i, task in enumerate(tasks):
            TaskFactory(plan=plan, **{"order": order + i, **task})
        steps = STEPS[1 : STEPS.index(status) + 1]
        if PlanStatus.SUBMITTED in steps:
            # the officer has reviewed what the upper plan proposed: all of it is taken
            plan.tasks.filter(state=TaskState.PROPOSED).update(state=TaskState.ACCEPTED)
            services.plan_submit(plan=plan, by=by)
        if PlanStatus.ISSUED in steps:
            services.plan_issue(
                plan=plan,
                by=signer or new_member(unit, Role.LEADER),
                on=issued_on or default_issue_date(plan.year),
            )
        # a fresh copy: the status field is protected, so refresh_from_db() cannot reload it
        return Plan.objects.get(pk=plan.pk)


class IssuedPlanFactory(PlanFactory):
    """A plan submitted by `by` and issued by `signer` on `issued_on` (early January of its
    year, or today if that is earlier), proposals from the upper plan all taken."""

    status = PlanStatus.ISSUED


class TaskFactory(factory.django.DjangoModelFactory):
    """A task of the plan's appendix, led by a named side (the plan can be submitted)."""

    class Meta:
        model = Task

    plan = factory.SubFactory(PlanFactory)
    order = factory.Sequence(lambda n: n)
    content = factory.Sequence(lambda n: f"Nhiệm vụ tuyên truyền số {n}")
    lead_text = "Văn hóa - Xã hội"


class TargetFactory(factory.django.DjangoModelFactory):
    """A target counted from the activity log: `target_value` activities of its channels."""

    class Meta:
        model = Target
        skip_postgeneration_save = True

    plan = factory.SubFactory(PlanFactory)
    order = factory.Sequence(lambda n: 100 + n)
    text = factory.Sequence(lambda n: f"Chỉ tiêu số {n}")
    target_value = 12

    @factory.post_generation
    def channels(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.channels.set(extracted)
