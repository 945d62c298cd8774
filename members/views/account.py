"""A member's own data (AVG): see and correct it, download it, delete the account."""

import json

from allauth.account.adapter import get_adapter
from allauth.account.decorators import reauthentication_required
from allauth.account.models import EmailAddress
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from members.forms import AccountDeleteForm, MembershipDetailsForm
from members.kept import kept_for_account
from members.models import Invitation, Membership
from members.services.memberships import (
    InvitationNotUsable,
    invitation_accept,
    invitation_for_token,
    membership_details_update,
)
from members.services.privacy import (
    account_data_export,
    account_delete,
    requests_sent_counts,
)
from members.signals import INVITATION_SESSION_KEY


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def account_data(request):
    membership = Membership.objects.for_user(request.user).first()
    form = None
    if membership:
        form = MembershipDetailsForm(request.POST or None, instance=membership, user=request.user)
        if request.method == "POST" and form.is_valid():
            membership_details_update(membership=membership, **form.cleaned_data)
            messages.success(request, _("Your details have been saved."))
            return redirect("members:account_data")
    return render(
        request,
        "members/account_data.html",
        {
            "membership": membership,
            "form": form,
            "form_fields_html": _details_fields_kept(request.user, form),
            "requests_sent": requests_sent_counts(request.user),
            "meta_description": _(
                "What Cirkelinkoop keeps about you, what other members see of it, and how "
                "to change, download or delete it."
            ),
        },
    )


def _details_fields_kept(user, form) -> str:
    """The member's own details as the form first shows them: rendered once and kept
    until the membership or the person changes (``members.kept``); a form that came back
    with errors is rendered afresh."""
    if form is None or form.is_bound:
        return ""
    return kept_for_account(
        user,
        "details-form",
        lambda: render_to_string("members/_details_fields.html", {"form": form}),
    )


@never_cache
@login_required
@require_GET
def account_data_download(request):
    data = account_data_export(request.user)
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False),
        content_type="application/json; charset=utf-8",
    )
    filename = f"cirkelinkoop-gegevens-{timezone.localdate().isoformat()}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@never_cache
@login_required
@reauthentication_required
@require_http_methods(["GET", "POST"])
def account_data_delete(request):
    form = AccountDeleteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        account_delete(user)
        messages.success(request, _("Your account has been deleted."))
        return redirect("/")
    return render(request, "members/account_delete.html", {"form": form})


@require_http_methods(["GET", "POST"])
def invitation(request, token):
    """The link in an invitation: on to sign-up, or, for an existing account, a confirm step."""
    try:
        invitation = invitation_for_token(token)
    except InvitationNotUsable:
        return _invitation_unusable(request, token)
    if not request.user.is_authenticated:
        return _invitation_to_sign_up_or_in(request, invitation, token)
    addresses = request.user.emailaddress_set.filter(email__iexact=invitation.email)
    if not addresses.filter(verified=True).exists():
        return render(
            request,
            "members/invitation_other_account.html",
            {"invitation": invitation, "unverified": addresses.exists()},
        )
    if request.method == "GET":
        return render(
            request,
            "members/invitation_accept.html",
            {
                "invitation": invitation,
                "membership": Membership.objects.for_user(request.user).first(),
            },
        )
    try:
        invitation_accept(invitation, user=request.user)
    except InvitationNotUsable:  # a second click that waited for the first
        return _invitation_unusable(request, token)
    request.session.pop(INVITATION_SESSION_KEY, None)
    messages.success(
        request,
        _("Welcome: you now take part on behalf of %(organisation)s.")
        % {"organisation": invitation.organisation.name},
    )
    return redirect("members:directory")


def _invitation_to_sign_up_or_in(request, invitation, token):
    request.session[INVITATION_SESSION_KEY] = token
    if _account_exists(invitation.email):
        return redirect_to_login(request.get_full_path(), reverse("account_login"))
    # The invitation reached this address, so allauth need not verify it again.
    get_adapter(request).stash_verified_email(request, invitation.email)
    return redirect("account_signup")


def _invitation_unusable(request, token):
    """A dead link; or one this member used already (a double click): then just go on."""
    accepted_here = (
        request.user.is_authenticated
        and Invitation.objects.for_token(token).filter(accepted_by=request.user).exists()
    )
    if accepted_here:
        return redirect("members:directory")
    return render(request, "members/invitation_invalid.html", status=410)


def _account_exists(email: str) -> bool:
    return EmailAddress.objects.filter(email__iexact=email).exists()
