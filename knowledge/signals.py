"""Wagtail's moderation workflow moved on a case: tell the member who shared it.

The member hears it in the portal's own words (``knowledge.services``, through the
outbox), so Wagtail's own notifications, written for editors and linking into the admin
they cannot open, are not sent for cases; for every other page they are, unchanged.
"""

from wagtail.admin import signal_handlers as wagtail_notifications
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import (
    page_published,
    task_submitted,
    workflow_approved,
    workflow_rejected,
    workflow_submitted,
)

from knowledge.models import CasePage
from knowledge.services import case_published_notify, case_sent_back_notify


def _is_case(state) -> bool:
    content_type = state.content_type if isinstance(state, WorkflowState) else None
    if content_type is None:
        content_type = state.workflow_state.content_type
    return content_type.model_class() is CasePage


def _except_for_cases(notifier):
    def notify(sender, instance, **kwargs):
        if not _is_case(instance):
            return notifier(instance=instance, **kwargs)
        return True

    return notify


# Wagtail's e-mail notifiers, each under its own dispatch_uid: connecting ours under the
# same uid (after taking Wagtail's off, whichever app was ready first) replaces them.
WAGTAIL_NOTIFIERS = [
    (
        task_submitted,
        TaskState,
        wagtail_notifications.task_submission_email_notifier,
        "group_approval_task_submitted_email_notification",
    ),
    (
        workflow_submitted,
        WorkflowState,
        wagtail_notifications.workflow_submission_email_notifier,
        "workflow_state_submitted_email_notification",
    ),
    (
        workflow_rejected,
        WorkflowState,
        wagtail_notifications.workflow_rejection_email_notifier,
        "workflow_state_rejected_email_notification",
    ),
    (
        workflow_approved,
        WorkflowState,
        wagtail_notifications.workflow_approval_email_notifier,
        "workflow_state_approved_email_notification",
    ),
]
_replacements = []  # the signals hold their receivers weakly


def case_published(sender, instance, **kwargs):
    case_published_notify(instance)


def case_rejected(sender, instance, user=None, **kwargs):
    if _is_case(instance):
        case_sent_back_notify(instance, user=user)


def connect() -> None:
    for signal, sender, notifier, uid in WAGTAIL_NOTIFIERS:
        signal.disconnect(sender=sender, dispatch_uid=uid)
        replacement = _except_for_cases(notifier)
        _replacements.append(replacement)
        signal.connect(replacement, sender=sender, dispatch_uid=uid)
    page_published.connect(case_published, sender=CasePage, dispatch_uid="knowledge_case_published")
    workflow_rejected.connect(
        case_rejected, sender=WorkflowState, dispatch_uid="knowledge_case_rejected"
    )
