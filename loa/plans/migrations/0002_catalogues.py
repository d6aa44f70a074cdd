from django.db import migrations


def seed(apps, schema_editor):
    from loa.plans.data.catalogues import load

    load(apps.get_model("plans", "Channel"), apps.get_model("plans", "ReformArea"),
         apps.get_model("plans", "Audience"))


class Migration(migrations.Migration):
    dependencies = [("plans", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
