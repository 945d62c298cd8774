from django.db import migrations, models


def gather_search_text(apps, schema_editor):
    """The cases published before the column existed get their words too."""
    from knowledge.fulltext import case_search_text

    CasePage = apps.get_model("knowledge", "CasePage")
    for case in CasePage.objects.select_related("buyer_organisation"):
        case.search_text = case_search_text(case)
        case.save(update_fields=["search_text"])


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge", "0002_strategies"),
    ]

    operations = [
        migrations.AddField(
            model_name="casepage",
            name="search_text",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.RunPython(gather_search_text, migrations.RunPython.noop),
    ]
