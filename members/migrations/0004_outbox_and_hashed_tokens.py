import hashlib
from email.utils import make_msgid, parseaddr
from types import SimpleNamespace

from django.conf import settings
from django.db import migrations, models
from django.urls import reverse
from django.utils import timezone

from mailing.messages import email_render


def hash_tokens(apps, schema_editor):
    """Existing links keep working: their token is replaced by its hash."""
    Invitation = apps.get_model("members", "Invitation")
    for invitation in Invitation.objects.all():
        invitation.token_hash = hashlib.sha256(invitation.token.encode()).hexdigest()
        invitation.save(update_fields=["token_hash"])


def _site(apps):
    """The default site's coordinator and address, read from this migration's models."""
    site = apps.get_model("wagtailcore", "Site").objects.filter(is_default_site=True).first()
    settings_model = apps.get_model("members", "CoordinatorSettings")
    found = settings_model.objects.filter(site=site).first() if site else None
    coordinator = SimpleNamespace(
        name=getattr(found, "name", ""),
        email=getattr(found, "email", ""),
        phone=getattr(found, "phone", ""),
    )
    if site is None:
        root = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    elif site.port == 443:
        root = f"https://{site.hostname}"
    else:
        root = f"http://{site.hostname}" + ("" if site.port == 80 else f":{site.port}")
    return coordinator, root


def queue_owed_emails(apps, schema_editor):
    """What the flags removed below still owed becomes outbox rows, so no e-mail is lost.

    The old sweep sent an e-mail while its ``*_notified_at`` (or an invitation's
    ``sent_at``) was empty; the same rules pick them here, rendered from today's templates.
    """
    outbox = apps.get_model("mailing", "OutboxEmail")
    content_types = apps.get_model("contenttypes", "ContentType").objects
    coordinator, root = _site(apps)
    has_secret = any(field.name == "has_secret" for field in outbox._meta.get_fields())
    domain = parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2] or "localhost"

    def queue(template, about, *, to, reply_to="", secret=False, **context):
        if not to:
            return  # no coordinator address: the request waits in the admin, as before
        email = email_render(
            template_prefix=f"members/email/{template}",
            to=[to],
            context={"coordinator": coordinator, "site_url": root, **context},
        )
        content_type, _ = content_types.get_or_create(
            app_label="members", model=about._meta.model_name
        )
        outbox.objects.create(
            message_id=make_msgid(domain=domain),
            kind=email.kind,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=email.to,
            reply_to=[reply_to] if reply_to else [],
            subject=email.subject,
            body=email.body,
            html_body=email.html_body,
            content_type=content_type,
            object_id=str(about.pk),
            **({"has_secret": secret} if has_secret else {}),
        )

    def review_url(request):
        path = reverse(f"{request._meta.model_name}:edit", args=[request.pk])
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path

    join_requests = apps.get_model("members", "JoinRequest").objects.filter(
        anonymised_at__isnull=True
    )
    for join_request in join_requests:
        if join_request.coordinator_notified_at is None:
            queue(
                "join_request_received_coordinator",
                join_request,
                to=coordinator.email,
                reply_to=join_request.email,
                join_request=join_request,
                review_url=review_url(join_request),
            )
        if join_request.requester_notified_at is None:
            queue(
                "join_request_received",
                join_request,
                to=join_request.email,
                reply_to=coordinator.email,
                join_request=join_request,
            )
        if join_request.status == "declined" and join_request.decision_notified_at is None:
            queue(
                "join_request_declined",
                join_request,
                to=join_request.email,
                reply_to=coordinator.email,
                join_request=join_request,
            )
    contact_requests = apps.get_model("members", "ContactRequest").objects.filter(
        anonymised_at__isnull=True, coordinator_notified_at__isnull=True
    )
    for contact_request in contact_requests:
        queue(
            "contact_request_received_coordinator",
            contact_request,
            to=coordinator.email,
            reply_to=contact_request.email,
            contact_request=contact_request,
            review_url=review_url(contact_request),
        )
    invitations = apps.get_model("members", "Invitation").objects.filter(
        sent_at__isnull=True, accepted_at__isnull=True, expires_at__gt=timezone.now()
    )
    for invitation in invitations.select_related("organisation"):
        accept_path = reverse("members:invitation", kwargs={"token": invitation.token})
        queue(
            "invitation",
            invitation,
            to=invitation.email,
            reply_to=coordinator.email,
            secret=True,
            invitation=invitation,
            accept_url=root + accept_path,
        )


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0003_coordinator_settings"),
        ("mailing", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AddField(
            model_name="invitation",
            name="token_hash",
            field=models.CharField(editable=False, max_length=64, null=True),
        ),
        migrations.RunPython(hash_tokens, migrations.RunPython.noop),
        # Before the flags and the clear-text token go: they say what is owed, and where to.
        migrations.RunPython(queue_owed_emails, migrations.RunPython.noop),
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
