"""The ten rungs of the R-ladder, which cases are filed under."""

from django.db import migrations

CODES = [f"R{n}" for n in range(10)]


def strategies_create(apps, schema_editor):
    Strategy = apps.get_model("knowledge", "Strategy")
    for code in CODES:
        Strategy.objects.get_or_create(code=code)


class Migration(migrations.Migration):
    dependencies = [("knowledge", "0001_initial")]

    operations = [migrations.RunPython(strategies_create, migrations.RunPython.noop)]
