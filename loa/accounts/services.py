from django.db import transaction

from loa.units.models import Office, Unit

from .models import Membership, User


@transaction.atomic
def member_add(
    *,
    unit: Unit,
    username: str,
    role: str,
    office: Office | None = None,
    full_name: str = "",
    position: str = "",
    email: str = "",
    password: str = "",
) -> Membership:
    """Give a person a role in the unit, creating their account when it does not exist."""
    user = User.objects.filter(username__iexact=username).first()
    if user is None:
        user = User(username=username, full_name=full_name, email=email)
        user.set_password(password)
        user.save()
    membership, _ = Membership.objects.update_or_create(
        user=user,
        unit=unit,
        role=role,
        defaults={"office": office, "position": position, "is_active": True},
    )
    return membership
