"""The outbox: every e-mail of the portal, written in the transaction that causes it.

A row is the whole message (so a worker can send it without rendering anything) plus its
delivery record. Bodies hold personal data: they are emptied after a retention period,
the metadata stays as history.
"""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class OutboxStatus(models.TextChoices):
    QUEUED = "queued", _("Waiting to be sent")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Not delivered")


class OutboxEmailQuerySet(models.QuerySet):
    def unsent(self):
        return self.exclude(status=OutboxStatus.SENT)

    def due(self, now=None):
        """Waiting, its next attempt has come, and no worker holds a live claim on it."""
        now = now or timezone.now()
        return self.filter(status=OutboxStatus.QUEUED, next_attempt_at__lte=now).filter(
            models.Q(claimed_until__isnull=True) | models.Q(claimed_until__lt=now)
        )

    def for_object(self, instance):
        return self.filter(
            content_type=ContentType.objects.get_for_model(instance), object_id=str(instance.pk)
        )

    def with_body_older_than(self, moment):
        """Finished rows (sent, or given up) whose bodies are still kept."""
        return self.filter(body_purged_at__isnull=True).filter(
            models.Q(status=OutboxStatus.SENT, sent_at__lt=moment)
            | models.Q(status=OutboxStatus.FAILED, created_at__lt=moment)
        )


class OutboxEmail(models.Model):
    message_id = models.CharField(_("message ID"), max_length=255, unique=True, editable=False)
    kind = models.CharField(
        _("kind"),
        max_length=120,
        blank=True,
        help_text=_("Which message this is, by its template, e.g. members/email/invitation."),
    )
    from_email = models.CharField(_("from"), max_length=254)
    to = models.JSONField(_("to"), default=list)
    cc = models.JSONField(default=list, blank=True)
    bcc = models.JSONField(default=list, blank=True)
    reply_to = models.JSONField(_("reply to"), default=list, blank=True)
    subject = models.CharField(_("subject"), max_length=998)
    body = models.TextField(_("text"), blank=True)
    html_body = models.TextField(_("HTML"), blank=True)
    # [{"filename", "mimetype", "content" (base64)}]: an .ics invitation, say.
    attachments = models.JSONField(default=list, blank=True)
    headers = models.JSONField(default=dict, blank=True)

    # What the e-mail is about (a join request, an invitation): its history in the admin.
    content_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    object_id = models.CharField(max_length=64, blank=True, db_index=True)
    about = GenericForeignKey("content_type", "object_id")

    status = models.CharField(
        _("status"),
        max_length=10,
        choices=OutboxStatus.choices,
        default=OutboxStatus.QUEUED,
        db_index=True,
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, db_index=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now, db_index=True)
    # A worker that claimed the row and died leaves this in the past: the row is due again.
    claimed_until = models.DateTimeField(null=True, blank=True, editable=False)
    # Which claim is live: a worker whose claim expired (and was taken over) finds its
    # token gone and records nothing, so a row is never set back to queued once sent.
    claim_token = models.UUIDField(null=True, blank=True, editable=False)
    # It carries a link or code that signs someone in or up (an invitation, a password
    # reset): its contents go as soon as it is sent, not after the retention period.
    has_secret = models.BooleanField(_("holds a sign-in link"), default=False, editable=False)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    body_purged_at = models.DateTimeField(_("contents removed"), null=True, blank=True)

    objects = OutboxEmailQuerySet.as_manager()

    class Meta:
        verbose_name = _("e-mail")
        verbose_name_plural = _("e-mails")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.subject or self.kind or gettext("e-mail")

    @property
    def recipients(self) -> str:
        return ", ".join(self.to)
