import hashlib

from django.db import migrations, models


def hash_tokens(apps, schema_editor):
    """Existing links keep working: their token is replaced by its hash."""
    Invitation = apps.get_model("members", "Invitation")
    for invitation in Invitation.objects.all():
        invitation.token_hash = hashlib.sha256(invitation.token.encode()).hexdigest()
        invitation.save(update_fields=["token_hash"])


class Migration(migrations.Migration):
    dependencies = [("members", "0003_coordinator_settings")]

    operations = [
        migrations.AddField(
            model_name="invitation",
            name="token_hash",
            field=models.CharField(editable=False, max_length=64, null=True),
        ),
        migrations.RunPython(hash_tokens, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="invitation",
            name="token_hash",
            field=models.CharField(editable=False, max_length=64, unique=True),
        ),
        migrations.RemoveField(model_name="invitation", name="token"),
        # Delivery is recorded by the outbox of ``mailing`` now.
        migrations.RemoveField(model_name="invitation", name="sent_at"),
        migrations.RemoveField(model_name="contactrequest", name="coordinator_notified_at"),
        migrations.RemoveField(model_name="joinrequest", name="coordinator_notified_at"),
        migrations.RemoveField(model_name="joinrequest", name="requester_notified_at"),
        migrations.RemoveField(model_name="joinrequest", name="decision_notified_at"),
    ]
