"""Writes of the case library: a member shares a case, the coordinator reviews it.

A submission is a draft ``CasePage`` below /kennisbank/, owned by the member who wrote it.
"Submit for review" starts Wagtail's moderation workflow on it (``Controle kennisbank``,
a group approval by the coordinators); the coordinator edits and publishes it in the
admin, or sends it back with a comment. Every e-mail this causes is an outbox row in the
transaction of the change (``knowledge.emails``); ``knowledge.signals`` calls the
functions at the bottom when Wagtail's workflow moves.
"""

import re
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.html import linebreaks, strip_tags
from django.utils.text import slugify
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupApprovalTask,
    Page,
    PageViewRestriction,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)

from knowledge import emails, initial_content
from knowledge.models import (
    CaseCriterion,
    CaseDocument,
    CaseIndexPage,
    CasePage,
    CaseResultFigure,
    Strategy,
)
from knowledge.models.index import RESERVED_SLUGS
from knowledge.taxonomies import CircularStrategy
from mailing.services import email_queue

REVIEW_WORKFLOW = "Controle kennisbank"
REVIEW_TASK = "Controle door de coördinatoren"
SLUG_MAX_LENGTH = 60
# The page fields the submission form fills in as plain text; Wagtail stores them as rich text.
RICH_TEXT_FIELDS = ("approach", "lessons_learned", "what_did_not_work")


class SubmissionNotEditable(PermissionDenied):
    """The case is in review or published: the coordinator has it now."""


class ReviewNotSetUp(Exception):
    """No review workflow on /kennisbank/: ``setup_site`` has not run since this feature."""


# --- Set-up (called by setup_site) ---------------------------------------------------


def strategies_ensure() -> None:
    """The R-ladder's ten rows. A migration makes them; a database flushed since (a test
    that empties every table, a restore of a partial dump) gets them back here."""
    Strategy.objects.bulk_create(
        [Strategy(code=code) for code in CircularStrategy.values], ignore_conflicts=True
    )


def members_documents_collection_ensure() -> Collection:
    """A collection whose documents Wagtail serves to signed-in people only, and the
    members-only hook (``members.wagtail_hooks``) to members only."""
    name = initial_content.MEMBERS_DOCUMENTS_COLLECTION
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=name).first() or root.add_child(name=name)
    CollectionViewRestriction.objects.get_or_create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return collection


@transaction.atomic
def case_review_workflow_ensure(*, library: CaseIndexPage, reviewers) -> Workflow:
    """The workflow cases go through before they are published: one approval by
    ``reviewers`` (the coordinators' group), on /kennisbank/ and every case below it.

    Made when missing; a coordinator's changes to it (more tasks, other groups) are kept.
    """
    workflow, created = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW)
    if created:
        task, _created = GroupApprovalTask.objects.get_or_create(name=REVIEW_TASK)
        task.groups.add(reviewers)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.get_or_create(page=library, defaults={"workflow": workflow})
    return workflow


# --- The member's side ---------------------------------------------------------------


@dataclass(frozen=True)
class DocumentUpload:
    """A checked upload (``knowledge.forms``): an unsaved Wagtail document and its row."""

    document: object  # wagtaildocs.Document, not saved yet
    description: str = ""
    members_only: bool = False


@dataclass
class SubmissionContent:
    """What the member filled in, cleaned by the form."""

    fields: dict
    themes: list = field(default_factory=list)
    strategies: list = field(default_factory=list)
    criteria: list[dict] = field(default_factory=list)
    figures: list[dict] = field(default_factory=list)
    members_only: bool = False
    uploads: list[DocumentUpload] = field(default_factory=list)
    documents_removed: list[int] = field(default_factory=list)  # CaseDocument ids


def text_to_rich_text(text: str) -> str:
    """What a member typed as paragraphs, escaped, as the rich text the page stores."""
    return linebreaks(text.strip(), autoescape=True) if text.strip() else ""


def rich_text_to_text(html: str) -> str:
    """A rich-text field back as the paragraphs a member edits in a plain text box."""
    paragraphs = html.replace("<br>", "\n").replace("</p>", "\n\n")
    text = unescape(strip_tags(paragraphs)).strip()
    return re.sub(r"\n{3,}", "\n\n", text)


def _free_slug(library: CaseIndexPage, title: str, *, case: CasePage | None = None) -> str:
    base = slugify(title)[:SLUG_MAX_LENGTH].strip("-") or "casus"
    taken = set(
        library.get_children().exclude(pk=case.pk if case else None).values_list("slug", flat=True)
    )
    slug, number = base, 1
    while slug in taken or slug in RESERVED_SLUGS:
        number += 1
        slug = f"{base}-{number}"
    return slug


def submission_is_editable(case: CasePage) -> bool:
    """A draft or a case sent back may be changed by its author; not one in review or live."""
    state = case.current_workflow_state
    return not case.live and not (state and state.status == WorkflowState.STATUS_IN_PROGRESS)


def _members_only_set(case: CasePage, members_only: bool) -> None:
    restrictions = PageViewRestriction.objects.filter(
        page=case, restriction_type=PageViewRestriction.LOGIN
    )
    if members_only and not restrictions.exists():
        PageViewRestriction.objects.create(page=case, restriction_type=PageViewRestriction.LOGIN)
    elif not members_only:
        restrictions.delete()


def _documents(case: CasePage, content: SubmissionContent, user) -> list[CaseDocument]:
    """The case's documents after this save: those kept, then the new uploads, stored in
    the members' collection when they are for members only."""
    kept = [d for d in case.documents.all() if d.pk not in content.documents_removed]
    removed = [d for d in case.documents.all() if d.pk in content.documents_removed]
    for item in removed:
        if item.document.uploaded_by_user_id == user.pk:
            item.document.delete()
    public_collection = Collection.get_first_root_node()
    added = []
    for upload in content.uploads:
        document = upload.document
        document.collection = (
            members_documents_collection_ensure() if upload.members_only else public_collection
        )
        document.uploaded_by_user = user
        document.title = document.title or Path(document.file.name).stem
        document._set_document_file_metadata()
        document.save()
        added.append(CaseDocument(document=document, description=upload.description))
    return [*kept, *added]


@transaction.atomic
def submission_save(
    *, user, library: CaseIndexPage, content: SubmissionContent, case: CasePage | None = None
) -> CasePage:
    """Save what the member wrote as a draft case (a new one, or their own draft again).

    The page and a new revision hold the same content, so the coordinator reviews and
    publishes exactly what the member saved.
    """
    if case is not None and (case.owner_id != user.pk or not submission_is_editable(case)):
        raise SubmissionNotEditable
    fields = dict(content.fields)
    for name in RICH_TEXT_FIELDS:
        fields[name] = text_to_rich_text(fields.get(name, ""))
    is_new = case is None
    if is_new:
        case = CasePage(owner=user, live=False)
    for name, value in fields.items():
        setattr(case, name, value)
    case.themes = content.themes
    case.strategies = content.strategies
    case.criteria = [CaseCriterion(**criterion) for criterion in content.criteria]
    case.figures = [CaseResultFigure(**figure) for figure in content.figures]
    if is_new:
        case.documents = _documents(case, content, user)
        case.slug = _free_slug(library, case.title)
        library.add_child(instance=case)
    else:
        case.documents = _documents(case, content, user)
        case.slug = _free_slug(library, case.title, case=case)
        case.save()
    _members_only_set(case, content.members_only)
    case.save_revision(user=user, log_action=True)
    return case


@transaction.atomic
def submission_send_for_review(*, case: CasePage, user) -> WorkflowState:
    """Hand the saved draft to the coordinators: start (or, after it was sent back, resume)
    the review workflow, and tell the coordinator by e-mail."""
    if case.owner_id != user.pk or not submission_is_editable(case):
        raise SubmissionNotEditable
    state = case.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state = state.resume(user=user)
    else:
        workflow = case.get_workflow()
        if workflow is None:
            raise ReviewNotSetUp
        state = workflow.start(case, user)
    message = emails.case_submitted_coordinator(case, submitter=user)
    if message is not None:
        email_queue(message, about=case)
    return state


@dataclass(frozen=True)
class SubmissionState:
    """Where a member's case is, as "my submissions" shows it."""

    code: str  # draft, in_review, sent_back, published
    comment: str = ""


def with_review_state(cases) -> list:
    """``cases`` as a list, each with its review in progress or sent back (status, and
    the reviewer's comment): "my submissions" costs two queries however long, and one for
    a member who shared nothing yet (most of them)."""
    cases = list(cases)
    if not cases:
        return cases
    active = WorkflowState.objects.active().filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=[str(case.pk) for case in cases],
    )
    # Wagtail allows one active workflow per page.
    states = {state.object_id: state for state in active.select_related("current_task_state")}
    for case in cases:
        state = states.get(str(case.pk))
        task_state = state.current_task_state if state else None
        case.review_status = state.status if state else None
        case.review_comment = task_state.comment if task_state else ""
    return cases


def submission_state(case: CasePage) -> SubmissionState:
    """Where ``case`` is: published, in review, sent back (with the comment), or a draft."""
    if case.live:
        return SubmissionState("published")
    if hasattr(case, "review_status"):  # read with the case (``with_review_state``)
        status, comment = case.review_status, case.review_comment or ""
    else:
        state = case.current_workflow_state
        status = state.status if state else None
        task_state = state.current_task_state if state else None
        comment = task_state.comment if task_state else ""
    if status == WorkflowState.STATUS_NEEDS_CHANGES:
        return SubmissionState("sent_back", comment)
    if status == WorkflowState.STATUS_IN_PROGRESS:
        return SubmissionState("in_review")
    return SubmissionState("draft")


# --- Wagtail's workflow moved (called by knowledge.signals) ----------------------------


def _submitted_by_owner(case: CasePage) -> bool:
    return (
        case.owner_id is not None
        and WorkflowState.objects.for_instance(case).filter(requested_by=case.owner_id).exists()
    )


def case_published_notify(case: CasePage) -> None:
    """A submitted case went live for the first time: its author hears where it is."""
    first_time = case.first_published_at == case.last_published_at
    if first_time and _submitted_by_owner(case) and case.owner.email:
        email_queue(emails.case_published(case), about=case)


def case_sent_back_notify(state: WorkflowState, *, user) -> None:
    """The coordinator sent a submitted case back: its author reads the comment."""
    case = state.content_object.specific
    author = state.requested_by
    if author is None or author == user or not author.email:
        return
    task_state = state.current_task_state
    comment = task_state.comment if task_state else ""
    email_queue(emails.case_sent_back(case, author=author, comment=comment), about=case)
