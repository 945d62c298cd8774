"""The people of the organisations: memberships and the invitations that create them."""

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.db.models.functions import Upper
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class Role(models.TextChoices):
    BUYER = "buyer", _("Buyer")
    SUSTAINABILITY_ADVISOR = "sustainability_advisor", _("Sustainability advisor")
    PROJECT_LEADER = "project_leader", _("Project leader")
    POLICY_OFFICER = "policy_officer", _("Policy officer")
    COORDINATOR = "coordinator", _("Coordinator")


class ByAddressQuerySet(models.QuerySet):
    """For models with an ``email`` field: the rows that belong to a person by address."""

    def for_verified_addresses_of(self, user):
        """The rows of ``user``'s verified addresses, in any case: an unverified address
        may be someone else's, who would then see or delete what is not theirs."""
        verified = user.emailaddress_set.filter(verified=True).values(upper=Upper("email"))
        # A subquery, compared as email__iexact compares: no separate query for the addresses.
        return self.alias(email_upper=Upper("email")).filter(email_upper__in=verified)


class MembershipQuerySet(models.QuerySet):
    def for_user(self, user):
        """``user``'s membership (at most one), with its organisation."""
        return self.filter(user=user).select_related("organisation")

    def in_directory(self):
        """Members who agreed to be listed, of organisations that take part."""
        return (
            self.filter(in_directory=True, organisation__is_active=True, user__is_active=True)
            .select_related("user", "organisation")
            .order_by("user__last_name", "user__first_name")
        )


class Membership(models.Model):
    """Links an account to its organisation: one organisation per person at a time."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.CASCADE,
        related_name="membership",
    )
    organisation = models.ForeignKey(
        "members.Organisation",
        verbose_name=_("organisation"),
        # An organisation that stops is marked inactive; deleting it must not delete people.
        on_delete=models.PROTECT,
        related_name="memberships",
    )
    role = models.CharField(_("role"), max_length=30, choices=Role.choices, blank=True)
    job_title = models.CharField(_("job title"), max_length=120, blank=True)
    phone = models.CharField(_("phone number"), max_length=30, blank=True)
    in_directory = models.BooleanField(
        _("listed in the member directory"),
        default=False,
        help_text=_(
            "Only with the person's consent: other members then see their name, "
            "organisation, role, job title, e-mail address and phone number."
        ),
    )
    created_at = models.DateTimeField(_("member since"), auto_now_add=True)

    objects = MembershipQuerySet.as_manager()

    panels = [
        FieldPanel("user"),
        FieldPanel("organisation"),
        FieldPanel("role"),
        FieldPanel("job_title"),
        FieldPanel("phone"),
        FieldPanel("in_directory"),
    ]

    class Meta:
        verbose_name = _("member")
        verbose_name_plural = _("members")
        ordering = ["user__last_name", "user__first_name"]

    def __str__(self) -> str:
        return f"{self.user.get_full_name() or self.user.email} ({self.organisation})"


def new_invitation_token() -> str:
    return secrets.token_urlsafe(32)


def invitation_token_hash(token: str) -> str:
    """Only this is stored: whoever reads the database cannot use an invitation link."""
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


class InvitationQuerySet(ByAddressQuerySet):
    def open(self):
        return self.filter(accepted_at__isnull=True, expires_at__gt=timezone.now())

    def for_token(self, token: str):
        return self.filter(token_hash=invitation_token_hash(token))


class Invitation(models.Model):
    """A single-use, expiring link by which someone outside the domains may sign up."""

    email = models.EmailField(_("e-mail address"))
    organisation = models.ForeignKey(
        "members.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="invitations",
    )
    role = models.CharField(_("role"), max_length=30, choices=Role.choices, blank=True)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    join_request = models.ForeignKey(
        "members.JoinRequest",
        verbose_name=_("join request"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="invitations",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    expires_at = models.DateTimeField(_("valid until"))
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("accepted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = InvitationQuerySet.as_manager()

    panels = [FieldPanel("email"), FieldPanel("organisation"), FieldPanel("role")]

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        # No e-mail address here: this title is kept in the admin's history.
        return _("Invitation to %(organisation)s") % {"organisation": self.organisation}

    @property
    def is_expired(self) -> bool:
        return self.expires_at is not None and self.expires_at <= timezone.now()

    @property
    def is_usable(self) -> bool:
        return self.accepted_at is None and not self.is_expired

    @property
    def latest_email(self):
        """The last e-mail with this invitation's link, as the outbox records it."""
        from mailing.models import OutboxEmail

        return OutboxEmail.objects.for_object(self).first() if self.pk else None


def invitation_accept_path(token: str) -> str:
    return reverse("members:invitation", kwargs={"token": token})
