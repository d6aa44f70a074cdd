import factory

from loa.units.models import Kind, Level, Office, Unit


class UnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Unit
        skip_postgeneration_save = True

    key = factory.Sequence(lambda n: f"test-{n}")
    code = factory.Sequence(lambda n: f"{n:05d}")
    short_name = factory.Sequence(lambda n: f"Đơn vị {n}")
    name = factory.LazyAttribute(lambda o: f"{Kind(o.kind).label} {o.short_name}")
    kind = Kind.COMMUNE
    level = Level.COMMUNE
    parent = None
    path = ""

    @factory.post_generation
    def _path(obj, create, extracted, **kwargs):
        obj.path = obj.build_path()
        if create:
            obj.save(update_fields=["path"])


class ProvinceFactory(UnitFactory):
    kind = Kind.PROVINCE
    level = Level.PROVINCE


class CommuneFactory(UnitFactory):
    kind = Kind.COMMUNE
    level = Level.COMMUNE
    parent = factory.SubFactory(ProvinceFactory)


class OfficeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Office

    unit = factory.SubFactory(CommuneFactory)
    name = factory.Sequence(lambda n: f"Bộ phận {n}")
    abbreviation = factory.Sequence(lambda n: f"BP{n}")
