import factory

from loa.accounts.models import Membership, Role, User
from loa.units.tests.factories import CommuneFactory

PASSWORD = "Mat-khau-thu-9"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"nguoidung{n}")
    full_name = factory.Sequence(lambda n: f"Người Dùng {n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.vn")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def _save(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    unit = factory.SubFactory(CommuneFactory)
    role = Role.OFFICER
    # leaders sign as the head unless a test says otherwise
    position = factory.LazyAttribute(lambda o: "Chủ tịch" if o.role == Role.LEADER else "")
