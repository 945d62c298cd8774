"""Move the coordinator's contact details from SiteSettings to the members app's setting.

The members app reads them itself now (members.CoordinatorSettings), without going
through the site shell. The fields are removed from SiteSettings in 0003.
"""

from django.db import migrations

FIELDS = ("name", "email", "phone")


def to_members(apps, schema_editor):
    SiteSettings = apps.get_model("cirkelinkoop", "SiteSettings")
    CoordinatorSettings = apps.get_model("members", "CoordinatorSettings")
    for site_settings in SiteSettings.objects.all():
        values = {field: getattr(site_settings, f"coordinator_{field}") for field in FIELDS}
        if any(values.values()):
            CoordinatorSettings.objects.update_or_create(
                site_id=site_settings.site_id, defaults=values
            )


def to_site_settings(apps, schema_editor):
    SiteSettings = apps.get_model("cirkelinkoop", "SiteSettings")
    CoordinatorSettings = apps.get_model("members", "CoordinatorSettings")
    for coordinator in CoordinatorSettings.objects.all():
        SiteSettings.objects.update_or_create(
            site_id=coordinator.site_id,
            defaults={f"coordinator_{field}": getattr(coordinator, field) for field in FIELDS},
        )


class Migration(migrations.Migration):
    dependencies = [
        ("cirkelinkoop", "0001_initial"),
        ("members", "0003_coordinator_settings"),
    ]

    operations = [migrations.RunPython(to_members, to_site_settings)]
