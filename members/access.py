"""Who counts as a member: the one rule every members-only page applies."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from wagtail.models import BaseViewRestriction

from members.models import Membership


def is_member(user) -> bool:
    """A member of a participating organisation, or a coordinator (who sees all).

    A coordinator is told apart by the right to see memberships, not by admin access: an
    editor of pages alone does not get the directory's contact details.
    """
    if not user.is_authenticated or not user.is_active:
        return False
    if user.has_perm("members.view_membership"):
        return True
    # One query for the membership and its organisation.
    return Membership.objects.filter(user=user, organisation__is_active=True).exists()


def members_only(view):
    """Visitors go to the sign-in page; signed-in non-members get a page that explains."""

    @login_required
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not is_member(request.user):
            return render(request, "members/members_only.html", status=403)
        return view(request, *args, **kwargs)

    return wrapped


def refuse_signed_in_non_members(request, view_restrictions):
    """Wagtail's privacy option "signed-in people" means members here, as in the design.

    Wagtail lets any account through it, an account whose organisation stopped too; this
    answers such an account as the directory does. Visitors are Wagtail's to send to the
    sign-in page; password and group restrictions stay as Wagtail applies them.
    """
    if not request.user.is_authenticated:
        return None  # before reading the restrictions: a visitor's page costs no query
    restrictions = view_restrictions()
    for_signed_in = any(r.restriction_type == BaseViewRestriction.LOGIN for r in restrictions)
    if for_signed_in and not is_member(request.user):
        return render(request, "members/members_only.html", status=403)
    return None
