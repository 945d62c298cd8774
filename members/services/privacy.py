"""Personal data (AVG): removed after its retention period, shown and deleted on request."""

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models, transaction
from django.utils import timezone
from wagtail import hooks

from mailing.services import outbox_for_objects, outbox_for_recipient, outbox_forget
from members.kept import access_changed, kept_for_account
from members.models import ContactRequest, Invitation, JoinRequest, Membership
from members.services.memberships import membership_remove


def retention_cutoff(now=None):
    """Requests handled before this moment have been kept long enough."""
    now = now or timezone.now()
    return now - relativedelta(months=settings.MEMBERS_RETENTION_MONTHS)


@transaction.atomic
def expired_personal_data_remove(now=None) -> dict[str, int]:
    """Empty the personal fields of requests handled before the cut-off; delete old invitations.

    Open requests are kept whatever their age: the coordinator still has to answer them.
    What stays of a handled join request (organisation, kind, status, dates) is no
    personal data and keeps the coalition's history.
    """
    now = now or timezone.now()
    cutoff = retention_cutoff(now)
    removed = {}
    for model in (JoinRequest, ContactRequest):
        blanks = dict.fromkeys(model.PERSONAL_FIELDS, "")
        expired = model.objects.handled_before(cutoff)
        # Their e-mails hold the same data: the recipients and the text go with it.
        outbox_forget(outbox_for_objects(expired))
        removed[model._meta.model_name] = expired.update(anonymised_at=now, **blanks)
    finished = Invitation.objects.filter(
        models.Q(accepted_at__lt=cutoff) | models.Q(accepted_at__isnull=True, expires_at__lt=cutoff)
    )
    outbox_forget(outbox_for_objects(finished))
    removed["invitation"], _per_model = finished.delete()
    if removed["joinrequest"] or removed["contactrequest"]:
        access_changed()  # an update sends no signal: the counts kept for accounts go
    return removed


def _iso(moment) -> str | None:
    return moment.isoformat() if moment else None


# Other apps add what they keep about an account (a meeting's registrations) with a
# Wagtail hook that takes the user and returns a dict of sections, members importing none.
ACCOUNT_DATA_HOOK = "members_account_data"


def account_data_export(user) -> dict:
    """Everything the portal keeps about ``user``, as the member may download it."""
    data = _own_data(user)
    for hook in hooks.get_hooks(ACCOUNT_DATA_HOOK):
        data.update(hook(user))
    return data


def _own_data(user) -> dict:
    membership = Membership.objects.for_user(user).first()
    return {
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": _iso(user.date_joined),
            "last_login": _iso(user.last_login),
        },
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in user.emailaddress_set.all()
        ],
        "membership": membership
        and {
            "organisation": membership.organisation.name,
            "role": membership.get_role_display(),
            "job_title": membership.job_title,
            "phone": membership.phone,
            "listed_in_member_directory": membership.in_directory,
            "member_since": _iso(membership.created_at),
        },
        "invitations": [
            {
                "organisation": invitation.organisation.name,
                "created_at": _iso(invitation.created_at),
                "accepted_at": _iso(invitation.accepted_at),
            }
            for invitation in Invitation.objects.for_verified_addresses_of(user).select_related(
                "organisation"
            )
        ],
        "join_requests": list(
            JoinRequest.objects.for_verified_addresses_of(user).values(
                "organisation_name", "contact_name", "phone", "motivation", "status", "created_at"
            )
        ),
        "contact_requests": list(
            ContactRequest.objects.for_verified_addresses_of(user).values(
                "name", "organisation", "subject", "message", "status", "created_at"
            )
        ),
    }


def _count_of(queryset) -> models.Subquery:
    """``queryset.count()`` as a subquery (COUNT as a plain function: no GROUP BY)."""
    count = models.Func(models.F("pk"), function="COUNT", output_field=models.IntegerField())
    return models.Subquery(queryset.order_by().annotate(n=count).values("n"))


def requests_sent_counts(user) -> dict[str, int]:
    """How many join and contact requests ``user`` sent, as the account page shows them:
    both counts in one query, kept until a request or an address comes or goes
    (``members.access.connect_signals``)."""
    return kept_for_account(user, "requests-sent", lambda: _requests_sent_read(user))


def _requests_sent_read(user) -> dict[str, int]:
    return (
        get_user_model()
        .objects.filter(pk=user.pk)
        .values(
            join_requests=_count_of(JoinRequest.objects.for_verified_addresses_of(user)),
            contact_requests=_count_of(ContactRequest.objects.for_verified_addresses_of(user)),
        )
        .get()
    )


@transaction.atomic
def account_delete(user) -> None:
    """Delete the account, its membership (and its history), invitations and e-mails."""
    membership = Membership.objects.for_user(user).first()
    if membership is not None:
        membership_remove(membership)
    for address in user.emailaddress_set.filter(verified=True).values_list("email", flat=True):
        outbox_forget(outbox_for_recipient(address))
    invitations = Invitation.objects.for_verified_addresses_of(user)
    outbox_forget(outbox_for_objects(invitations))
    invitations.delete()
    get_user_model().objects.filter(pk=user.pk).delete()
