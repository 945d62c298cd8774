"""How allauth behaves on this portal: e-mail through the task queue, sign-up closed."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.contrib.sites.shortcuts import get_current_site

from mailing.services import OutgoingEmail, email_enqueue


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request) -> bool:
        # Closed until sign-up is opened to participating organisations' domains and
        # to invitations; until then the coordinator creates accounts.
        return False

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
