"""How allauth behaves on this portal: its e-mails rendered and queued like all others.

Who may sign up is decided by ``members.forms.SignupForm`` (ACCOUNT_FORMS).
"""

from dataclasses import replace

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.contrib.sites.shortcuts import get_current_site
from django.urls import reverse

from mailing.messages import email_render
from mailing.services import email_queue
from members.access import is_member

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
