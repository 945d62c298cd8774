"""Join and contact requests: saved first, then the e-mails; every transition logged.

Each transition is one function that checks the current status against the model's
TRANSITIONS (the one table of which step may change which status), records who did it
and when, writes an entry in the request's history (Wagtail's log) and writes its
e-mail to the outbox in the same transaction.
"""

import uuid

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from members.models import ContactRequest, JoinRequest, Organisation
from members.services.memberships import invitation_create
from members.services.notifications import join_request_declined_notify, request_received_notify


class TransitionNotAllowed(ValidationError):
    pass


def _same_request(existing, data: dict) -> bool:
    return all(getattr(existing, name) == data.get(name) for name in existing.SUBMITTED_FIELDS)


def is_repeated_submission(model, submission_key, data: dict) -> bool:
    """The same form sent again unchanged (a double click): nothing new to save."""
    existing = model.objects.filter(submission_key=submission_key).first()
    return existing is not None and _same_request(existing, data)


def _submit(model, *, submission_key, data: dict):
    """Save the request once per shown form: a double submit returns the first one.

    The same form sent again with changes (back, edit, send) is a new request.
    """
    existing = model.objects.filter(submission_key=submission_key).first()
    if existing and _same_request(existing, data):
        return existing, False
    if existing:
        submission_key = uuid.uuid4()
    try:
        with transaction.atomic():
            instance = model.objects.create(submission_key=submission_key, **data)
            log(instance, "members.request.received")
            request_received_notify(instance)
    except IntegrityError:
        # The same form was submitted twice at the same moment: the other one won.
        return model.objects.get(submission_key=submission_key), False
    return instance, True


def join_request_submit(*, submission_key, data: dict) -> tuple[JoinRequest, bool]:
    return _submit(JoinRequest, submission_key=submission_key, data=data)


def contact_request_submit(*, submission_key, data: dict) -> tuple[ContactRequest, bool]:
    return _submit(ContactRequest, submission_key=submission_key, data=data)


def _locked(instance):
    return type(instance).objects.select_for_update().get(pk=instance.pk)


def _take_step(instance, step: str, *, by):
    """Lock the request, check its status allows ``step`` (the model's TRANSITIONS), take it.

    Who took the step is recorded; a step that closes the request also records when.
    Returns the locked instance, for the caller to set what else the step changes.
    """
    instance = _locked(instance)
    if not instance.transition_allowed(step):
        raise TransitionNotAllowed(
            _("This request is %(status)s already; this step is no longer possible.")
            % {"status": instance.get_status_display().lower()}
        )
    instance.status = instance.TRANSITIONS[step].target
    instance.handled_by = by
    if not instance.is_open:
        instance.handled_at = timezone.now()
    return instance


HANDLING_FIELDS = ["status", "handled_by", "handled_at"]


@transaction.atomic
def join_request_start_review(join_request: JoinRequest, *, by) -> JoinRequest:
    join_request = _take_step(join_request, "start_review", by=by)
    join_request.save(update_fields=HANDLING_FIELDS)
    log(join_request, "members.join_request.in_review", user=by)
    return join_request


def organisation_for_join_request(join_request: JoinRequest) -> Organisation:
    """The organisation of that name, or a new participating one from the request."""
    organisation = Organisation.objects.filter(
        name__iexact=join_request.organisation_name.strip()
    ).first()
    if organisation is None:
        return Organisation.objects.create(
            name=join_request.organisation_name.strip(),
            kind=join_request.organisation_kind,
            member_since=timezone.localdate(),
        )
    return organisation


def organisation_take_part(organisation: Organisation) -> Organisation:
    """An approved organisation participates from today, if it did not already."""
    if not organisation.is_active:
        organisation.is_active = True
        organisation.member_since = timezone.localdate()
        organisation.save(update_fields=["is_active", "member_since"])
    return organisation


@transaction.atomic
def join_request_approve(
    join_request: JoinRequest, *, by, organisation: Organisation | None = None
) -> JoinRequest:
    """Approve: the organisation takes part, and the contact person gets an invitation."""
    join_request = _take_step(join_request, "approve", by=by)
    organisation = organisation_take_part(
        organisation or organisation_for_join_request(join_request)
    )
    join_request.organisation = organisation
    join_request.save(update_fields=[*HANDLING_FIELDS, "organisation"])
    log(
        join_request,
        "members.join_request.approved",
        user=by,
        data={"organisation": organisation.name},
    )
    invitation_create(
        email=join_request.email,
        organisation=organisation,
        role=join_request.role,
        by=by,
        join_request=join_request,
    )
    return join_request


@transaction.atomic
def join_request_decline(join_request: JoinRequest, *, by, reason: str) -> JoinRequest:
    """Decline with a reason, which the contact person reads in a polite e-mail."""
    if not reason.strip():
        raise ValidationError({"reason": _("Give the reason: the contact person reads it.")})
    join_request = _take_step(join_request, "decline", by=by)
    join_request.decision_reason = reason.strip()
    join_request.save(update_fields=[*HANDLING_FIELDS, "decision_reason"])
    log(join_request, "members.join_request.declined", user=by)
    join_request_declined_notify(join_request)
    return join_request


@transaction.atomic
def contact_request_mark_handled(contact_request: ContactRequest, *, by) -> ContactRequest:
    contact_request = _take_step(contact_request, "mark_handled", by=by)
    contact_request.save(update_fields=HANDLING_FIELDS)
    log(contact_request, "members.contact_request.handled", user=by)
    return contact_request
