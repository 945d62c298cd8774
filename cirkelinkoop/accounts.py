"""How allauth behaves on this portal: e-mail through the task queue.

Who may sign up is decided by ``members.forms.SignupForm`` (ACCOUNT_FORMS).
"""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.contrib.sites.shortcuts import get_current_site
from django.urls import reverse

from mailing.services import OutgoingEmail, email_enqueue
from members.access import is_member


class AccountAdapter(DefaultAccountAdapter):
    def get_signup_redirect_url(self, request) -> str:
        """A new member lands in the member directory: their colleagues, at a glance."""
        if is_member(request.user):
            return reverse("members:directory")
        return super().get_signup_redirect_url(request)

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """Render allauth's message here, deliver it through the Celery e-mail task."""
        message = self.render_mail(template_prefix, email, self._mail_context(email, context))
        html_body = next(
            (
                content
                for content, mimetype in getattr(message, "alternatives", [])
                if mimetype == "text/html"
            ),
            "",
        )
        email_enqueue(
            OutgoingEmail(
                subject=message.subject,
                body=message.body,
                html_body=html_body,
                to=list(message.to),
                from_email=message.from_email,
            )
        )

    def _mail_context(self, email: str, context: dict) -> dict:
        request = allauth_context.request
        return {
            "request": request,
            "email": email,
            "current_site": get_current_site(request),
            **context,
        }
