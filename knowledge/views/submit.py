"""/kennisbank/nieuw/: a member shares a case, and sees what became of the cases they shared.

Served as routes of ``knowledge.models.CaseIndexPage``, which hands itself in as ``page``.
The form is the whole case at once (``knowledge.forms.SubmissionForms``); "save as draft"
and "submit for review" both save it, the second also hands it to the coordinator.
"""

import logging

from django.contrib import messages
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from knowledge.forms import SubmissionForms
from knowledge.models import CasePage
from knowledge.services import (
    ReviewNotSetUp,
    submission_is_editable,
    submission_save,
    submission_send_for_review,
    submission_state,
    with_review_state,
)
from members.access import members_only

logger = logging.getLogger(__name__)

SEND_FOR_REVIEW = "review"


def _submissions(user) -> list[tuple[CasePage, object]]:
    cases = with_review_state(CasePage.objects.submitted_by(user).for_submission_list())
    return [(case, submission_state(case)) for case in cases]


def _submission_page(request, page, *, case: CasePage | None):
    membership = getattr(request.user, "membership", None)
    editable = case is None or submission_is_editable(case)
    data = request.POST if request.method == "POST" and editable else None
    forms = SubmissionForms(data, request.FILES or None, membership=membership, case=case)
    if data is not None and forms.is_valid():
        try:
            with transaction.atomic():
                saved = submission_save(
                    user=request.user, library=page, content=forms.content(), case=case
                )
                if request.POST.get("action") == SEND_FOR_REVIEW:
                    submission_send_for_review(case=saved, user=request.user)
        except ReviewNotSetUp:
            logger.warning("No review workflow on the case library: run setup_site")
            forms.form.add_error(
                None,
                _(
                    "Cases cannot be sent for review yet. Nothing was saved: please try "
                    "again later, or contact the coordinator."
                ),
            )
        else:
            if request.POST.get("action") == SEND_FOR_REVIEW:
                messages.success(
                    request,
                    _("Thank you: the coordinator reviews your case and lets you know by e-mail."),
                )
                return redirect(page.url + page.reverse_subpage("submit"))
            messages.success(
                request, _("Your draft is saved. Only you and the coordinator see it.")
            )
            return redirect(page.url + page.reverse_subpage("submission", args=[saved.pk]))
    return page.render(
        request,
        template="knowledge/submission.html",
        context_overrides={
            "forms": forms,
            "case": case,
            "state": submission_state(case) if case else None,
            "editable": editable,
            "submissions": _submissions(request.user) if case is None else [],
            "sub_route_title": case.title if case else _("Share a case"),
        },
    )


@never_cache
@require_http_methods(["GET", "POST"])
@members_only
def submission_new(request, page):
    return _submission_page(request, page, case=None)


@never_cache
@require_http_methods(["GET", "POST"])
@members_only
def submission_edit(request, page, pk: int):
    case = CasePage.objects.submitted_by(request.user).filter(pk=pk).first()
    if case is None:  # someone else's, or none: the same answer
        raise Http404
    return _submission_page(request, page, case=case)
