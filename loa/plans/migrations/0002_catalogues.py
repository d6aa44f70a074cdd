from django.db import migrations


def seed(apps, schema_editor):
    from loa.plans.data.catalogues import AUDIENCES, CHANNELS, REFORM_AREAS

    Channel = apps.get_model("plans", "Channel")
    ReformArea = apps.get_model("plans", "ReformArea")
    Audience = apps.get_model("plans", "Audience")
    for i, (code, name, kind, unit, participants) in enumerate(CHANNELS):
        Channel.objects.update_or_create(code=code, defaults={
            "name": name, "kind": kind, "counting_unit": unit,
            "counts_participants": participants, "order": (i + 1) * 10})
    for i, (code, name) in enumerate(REFORM_AREAS):
        ReformArea.objects.update_or_create(code=code, defaults={"name": name,
                                                                 "order": (i + 1) * 10})
    for i, (code, name) in enumerate(AUDIENCES):
        Audience.objects.update_or_create(code=code, defaults={"name": name,
                                                               "order": (i + 1) * 10})


class Migration(migrations.Migration):
    dependencies = [("plans", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
