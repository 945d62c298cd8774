import django.contrib.postgres.search
from django.db import migrations, models

GIN_INDEX = "knowledge_casepage_search_vector_gin"


def gather_search_text(apps, schema_editor):
    """The cases published before the columns existed get their words too."""
    from knowledge.fulltext import case_search_text, search_vector_store

    CasePage = apps.get_model("knowledge", "CasePage")
    for case in CasePage.objects.select_related("buyer_organisation"):
        case.search_text = case_search_text(case)
        case.save(update_fields=["search_text"])
        search_vector_store(case)


def gin_index_create(apps, schema_editor):
    """PostgreSQL only: SQLite has no tsvector to index (it searches with LIKE)."""
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX {GIN_INDEX} ON knowledge_casepage USING gin (search_vector)"
        )


def gin_index_drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {GIN_INDEX}")


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
        migrations.AddField(
            model_name="casepage",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        # The index first: PostgreSQL refuses to build one after the updates below in the
        # same transaction (their deferred foreign key checks are still pending).
        migrations.RunPython(gin_index_create, gin_index_drop),
        migrations.RunPython(gather_search_text, migrations.RunPython.noop),
    ]
