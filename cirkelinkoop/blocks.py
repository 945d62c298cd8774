"""The blocks of the standard body, defined once and reused by every page with a body."""

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3"))],
        default="h2",
        help_text=_("Use heading 3 only below a heading 2, so screen readers follow the order."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"
        preview_value = {"text": "Wat doet het RCIO?", "level": "h2"}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        required=False,
        help_text=_("Describe what the image shows. Leave empty only if it is purely decorative."),
    )
    caption = blocks.CharBlock(label=_("Caption"), max_length=250, required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image_block.html"


def validate_link(value: str) -> None:
    """A path on this site (``/kennisbank/?thema=groen``) or a full web or mailto address."""
    if value.startswith("/") and not value.startswith("//"):
        return
    URLValidator(schemes=["http", "https", "mailto"])(value)


class LinkValue(blocks.StructValue):
    def href(self, request=None) -> str:
        """With the request (``{% link_href %}``), Wagtail reuses the site it found for it."""
        page = self.get("page")
        return page.get_url(request) if page else self.get("url")


def page_field():
    return blocks.PageChooserBlock(label=_("Internal page"), required=False)


def url_field():
    return blocks.CharBlock(
        label=_("Link"),
        required=False,
        max_length=500,
        validators=[validate_link],
        help_text=_("A path on this site such as /kennisbank/, or a full address."),
    )


class PageOrUrlBlock(blocks.StructBlock):
    """A block that links to a page of this site or to an address: exactly one of the two.

    Subclasses declare ``page = page_field()`` and ``url = url_field()`` after their own
    fields, so editors see the text first and the link last.
    """

    class Meta:
        value_class = LinkValue

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose a page or enter a link: one of the two.")
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError(message), "url": ValidationError(message)}
            )
        return value


class CallToActionBlock(PageOrUrlBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), max_length=400, required=False)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)
    page = page_field()
    url = url_field()

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/call_to_action_block.html"
        preview_value = {
            "title": "Doe mee met het RCIO",
            "text": "Werk je bij een gemeente in de provincie Utrecht? Lees hoe je meedoet.",
            "button_label": "Zo doe je mee",
            "url": "https://example.org/over-de-coalitie/",
        }


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"), max_length=600)
    attribution = blocks.CharBlock(label=_("Attribution"), max_length=120, required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"
        preview_value = {
            "quote": "Door elkaars bestekken te lenen, waren we maanden eerder klaar.",
            "attribution": "Inkoper van een deelnemende gemeente",
        }


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        icon="pilcrow",
        features=["bold", "italic", "link", "document-link", "ol", "ul"],
        template="blocks/paragraph_block.html",
        preview_value="<p>Elke zes weken delen inkopers uit de regio hun ervaringen.</p>",
    )
    image = ImageBlock()
    call_to_action = CallToActionBlock()
    quote = QuoteBlock()


class LinkBlock(PageOrUrlBlock):
    label = blocks.CharBlock(label=_("Link text"), max_length=60)
    page = page_field()
    url = url_field()

    class Meta:
        icon = "link"
        label = _("Link")
