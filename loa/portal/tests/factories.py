import factory

from loa.portal.models import Procedure, UnitContact
from loa.portal.services import procedure_save
from loa.units.models import Level


class ProcedureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Procedure

    name = factory.Sequence(lambda n: f"Thủ tục {n}")
    field = "Hộ tịch"
    level = Level.COMMUNE

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return procedure_save(procedure=model_class(*args, **kwargs))


class UnitContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = UnitContact

    address = "Thôn Đông, xã An Lạc"
    hotline = "0210 3851 234"
    email = "vanphong@anlac.gov.vn"
