"""What an e-mail is before it goes into the outbox, and how one is rendered.

Subjects and text bodies are plain text: they are rendered without HTML escaping, so a
name like "Jansen & Zn" reads as typed. Only the HTML body is escaped.
"""

from dataclasses import dataclass, field

from django.template import Context, TemplateDoesNotExist
from django.template.loader import get_template, render_to_string


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes
    mimetype: str


@dataclass(frozen=True)
class OutgoingEmail:
    subject: str
    body: str
    to: list[str]
    html_body: str = ""
    from_email: str = ""
    reply_to: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    # Which message this is (its template prefix), for the outbox's history.
    kind: str = ""
    # It holds a link or code that signs someone in or up: forgotten once sent.
    secret: bool = False


def render_plain_text(template_name: str, context: dict) -> str:
    """Render a Django template as plain text: no HTML escaping anywhere in it."""
    template = get_template(template_name)
    return template.template.render(Context(context, autoescape=False))


def email_render(
    *, template_prefix: str, to: list[str], context: dict, body_suffix: str = "", **kwargs
) -> OutgoingEmail:
    """Render ``<prefix>_subject.txt``, ``<prefix><suffix>.txt`` and, if present, ``.html``.

    allauth names its bodies ``<prefix>_message.txt``: it passes ``body_suffix="_message"``.
    """
    subject = render_plain_text(f"{template_prefix}_subject.txt", context)
    try:
        html_body = render_to_string(f"{template_prefix}{body_suffix}.html", context)
    except TemplateDoesNotExist:
        html_body = ""
    return OutgoingEmail(
        subject=" ".join(subject.split()),
        body=render_plain_text(f"{template_prefix}{body_suffix}.txt", context).strip() + "\n",
        html_body=html_body,
        to=list(to),
        kind=template_prefix,
        **kwargs,
    )
