"""Who counts as a member: the one rule every members-only page applies."""

from functools import wraps

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import Group, Permission
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.shortcuts import render
from wagtail.models import BaseViewRestriction, PageViewRestriction

from members.kept import access_changed, kept_for_account
from members.models import ContactRequest, JoinRequest, Membership, Organisation


def connect_signals() -> None:
    """What an account may do depends on its groups and their permissions, its own
    permissions, its membership and whether that organisation takes part; a page's privacy
    on its restrictions and theirs (``members.models.privacy``). What one's own page counts
    (``requests_sent_counts``) on the requests sent and one's verified addresses. The
    directory and who comes to a meeting on people's names too."""
    user_model = get_user_model()
    through_models = (
        user_model.groups.through,
        user_model.user_permissions.through,
        Group.permissions.through,
        PageViewRestriction.groups.through,
    )
    for through in through_models:
        m2m_changed.connect(access_changed, sender=through, dispatch_uid=f"access-{through}")
    counted = (JoinRequest, ContactRequest, EmailAddress)
    for model in (Membership, Organisation, PageViewRestriction, *counted):
        post_save.connect(access_changed, sender=model, dispatch_uid=f"access-save-{model}")
    deleted = (Membership, Organisation, PageViewRestriction, Group, Permission, user_model)
    for model in (*deleted, *counted):
        post_delete.connect(access_changed, sender=model, dispatch_uid=f"access-delete-{model}")
    post_save.connect(_person_changed, sender=user_model, dispatch_uid="access-person")


def _person_changed(sender, update_fields=None, **kwargs) -> None:
    """A name, an address or an account switched off shows in the directory and in who
    comes to a meeting. Signing in saves only last_login, on every sign-in: no change."""
    if update_fields is None or set(update_fields) - {"last_login"}:
        access_changed()


def is_member(user) -> bool:
    """A member of a participating organisation, or a coordinator (who sees all).

    A coordinator is told apart by the right to see memberships, not by admin access: an
    editor of pages alone does not get the directory's contact details.
    """
    if not user.is_authenticated or not user.is_active:
        return False
    # Asked several times a request (the page's privacy, its lists): answered once per
    # user object, which lives as long as the request.
    if not hasattr(user, "_cirkelinkoop_is_member"):
        user._cirkelinkoop_is_member = user.has_perm("members.view_membership") or (
            kept_for_account(user, "membership", lambda: _takes_part(user))
        )
    return user._cirkelinkoop_is_member


def _takes_part(user) -> bool:
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
    if not request.user.is_authenticated or is_member(request.user):
        return None  # before reading the restrictions: such a page costs no query here
    restrictions = view_restrictions()
    if any(r.restriction_type == BaseViewRestriction.LOGIN for r in restrictions):
        return render(request, "members/members_only.html", status=403)
    return None
