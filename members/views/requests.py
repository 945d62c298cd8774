"""The two public forms: a request to join, and a question for the coordinator.

Served as routes of ``members.models.JoinPage`` (/deelnemen/) and ``ContactPage``
(/contact/), which hand themselves in as ``page``: the texts around the form and on the
thank-you page (``bedankt/``) are the page's, edited by the coordinator.
"""

import logging

from allauth.core import ratelimit
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from members.forms import ContactRequestForm, JoinRequestForm
from members.services.requests import (
    contact_request_submit,
    is_repeated_submission,
    join_request_submit,
)

logger = logging.getLogger(__name__)


def _request_form_view(request, page, *, form_class, submit, action: str):
    """Show the form; on a valid submit save the request once and say thank you.

    A filled-in trap field gets the thank-you page too, so a robot learns nothing, but
    nothing is saved. Past the rate limit the form comes back with everything typed.
    """
    form = form_class(request.POST or None)
    thanks = page.thanks_url(request)
    if request.method == "POST" and form.is_valid():
        if form.is_spam:
            logger.info("Dropped a %s that filled in the trap field", action)
            return redirect(thanks)
        # A second click on the same form is no new request: it does not count to the limit.
        key, data = form.cleaned_data["submission_key"], form.request_data()
        if is_repeated_submission(form._meta.model, key, data):
            return redirect(thanks)
        if ratelimit.consume(request, action=action):
            submit(submission_key=key, data=data)
            return redirect(thanks)
        form.add_error(
            None,
            _(
                "You have sent several requests in a short time. Your details are still "
                "here: please try again in an hour, or contact the coordinator (the details "
                "are at the bottom of the page)."
            ),
        )
        response = page.render(request, context_overrides={"form": form})
        response.status_code = 429
        return response
    return page.render(request, context_overrides={"form": form})


@require_http_methods(["GET", "POST"])
def join(request, page):
    return _request_form_view(
        request, page, form_class=JoinRequestForm, submit=join_request_submit, action="join_request"
    )


@require_http_methods(["GET", "POST"])
def contact(request, page):
    return _request_form_view(
        request,
        page,
        form_class=ContactRequestForm,
        submit=contact_request_submit,
        action="contact_request",
    )


def thanks(request, page):
    # The coordinator's details come from the site setting the footer reads too.
    return page.render(
        request,
        template=page.thanks_template,
        context_overrides={"sub_route_title": page.thanks_title},
    )
