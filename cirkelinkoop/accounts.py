"""How allauth behaves on this portal: its e-mails rendered and queued like all others;
and an account's permissions read in one query.

Who may sign up is decided by ``members.forms.SignupForm`` (ACCOUNT_FORMS).
"""

from dataclasses import replace

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.contrib.sites.shortcuts import get_current_site
from django.db.models import Q
from django.urls import reverse

from mailing.messages import email_render
from mailing.services import email_queue
from members.access import is_member
from members.kept import kept_for_account

# What allauth puts in the context of a message that lets its reader in: a verification
# link or key, a password-reset link, a sign-in code.
SECRET_CONTEXT_KEYS = frozenset({"activate_url", "password_reset_url", "key", "code", "token"})


class AccountAdapter(DefaultAccountAdapter):
    def get_signup_redirect_url(self, request) -> str:
        """A new member lands in the member directory: their colleagues, at a glance."""
        if is_member(request.user):
            return reverse("members:directory")
        return super().get_signup_redirect_url(request)

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """Render allauth's message as ours (plain-text subject and body) into the outbox."""
        message = email_render(
            template_prefix=template_prefix,
            body_suffix="_message",
            to=[email],
            context=self._mail_context(email, context),
            from_email=self.get_from_email(),
            secret=bool(SECRET_CONTEXT_KEYS & context.keys()),
        )
        email_queue(replace(message, subject=self.format_email_subject(message.subject)))

    def _mail_context(self, email: str, context: dict) -> dict:
        request = allauth_context.request
        return {
            "request": request,
            "email": email,
            "current_site": get_current_site(request),
            **context,
        }


class PermissionsInOneQueryBackend(ModelBackend):
    """Django's backend, reading an account's own and its groups' permissions together.

    Django reads them in two queries, on every page a signed-in person opens (Wagtail's
    user bar asks whether they may use the admin, the directory whether they are a
    coordinator). The answer is the same set, kept on the user object for the request
    where Django keeps it, so the other backends (allauth's) find it there, and between
    requests as ``members.kept`` keeps what an account may do.
    """

    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if user_obj.is_superuser or hasattr(user_obj, "_perm_cache"):
            return super().get_all_permissions(user_obj, obj)
        user_obj._perm_cache = kept_for_account(
            user_obj, "permissions", lambda: self._read_permissions(user_obj)
        )
        return user_obj._perm_cache

    def _read_permissions(self, user_obj) -> set[str]:
        own = get_user_model().user_permissions.through.objects.filter(user_id=user_obj.pk)
        of_groups = Group.permissions.through.objects.filter(group__user=user_obj.pk)
        permissions = Permission.objects.filter(
            Q(pk__in=own.values("permission_id")) | Q(pk__in=of_groups.values("permission_id"))
        ).values_list("content_type__app_label", "codename")
        return {f"{app_label}.{codename}" for app_label, codename in permissions}
