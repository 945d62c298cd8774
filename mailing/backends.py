"""Django's e-mail backend for the whole portal: it writes to the outbox, it never sends.

Set as ``EMAIL_BACKEND``, so every message, also those of Wagtail and Django that this
project does not render itself, becomes an outbox row in the current transaction. The
real delivery backend (``MAILING_DELIVERY_BACKEND``, from ``EMAIL_URL``) is used only by
the worker that sends the rows.
"""

from email.mime.base import MIMEBase

from django.core.mail.backends.base import BaseEmailBackend

from mailing.services import email_store


def _attachments(message) -> list[tuple[str, bytes, str]]:
    found = []
    for attachment in message.attachments:
        if isinstance(attachment, MIMEBase):
            content = attachment.get_payload(decode=True) or b""
            found.append(
                (attachment.get_filename() or "bijlage", content, attachment.get_content_type())
            )
            continue
        filename, content, mimetype = attachment
        if isinstance(content, str):
            content = content.encode()
        found.append((filename or "bijlage", content, mimetype or "application/octet-stream"))
    return found


def _html_alternative(message) -> str:
    return next(
        (
            content
            for content, mimetype in getattr(message, "alternatives", [])
            if mimetype == "text/html"
        ),
        "",
    )


class OutboxBackend(BaseEmailBackend):
    def send_messages(self, email_messages) -> int:
        for message in email_messages:
            is_html = getattr(message, "content_subtype", "plain") == "html"
            email_store(
                subject=message.subject,
                body="" if is_html else message.body,
                html_body=message.body if is_html else _html_alternative(message),
                to=message.to,
                cc=message.cc,
                bcc=message.bcc,
                reply_to=message.reply_to,
                from_email=message.from_email,
                attachments=_attachments(message),
                headers=message.extra_headers,
            )
        return len(email_messages)
