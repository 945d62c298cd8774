"""The organisations of the coalition and the e-mail domains their people sign up with."""

import zlib

from django.core.exceptions import ValidationError
from django.core.validators import DomainNameValidator
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext, npgettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.search import index


class OrganisationKind(models.TextChoices):
    # In the order the participants page shows them.
    PROVINCE = "province", _("Province")
    WATER_BOARD = "water_board", _("Water board")
    PROCUREMENT_OFFICE = "procurement_office", _("Shared procurement office")
    MUNICIPALITY = "municipality", _("Municipality")
    KNOWLEDGE_PARTNER = "knowledge_partner", _("Knowledge partner")

    def heading(self, count: int) -> str:
        """The kind over a list of ``count`` of them: "Gemeente" for one, "Gemeenten" for 22."""
        # The context keeps these apart from the kinds' own labels, which have no plural.
        kind = OrganisationKind
        headings = {
            kind.PROVINCE: npgettext("kind heading", "Province", "Provinces", count),
            kind.WATER_BOARD: npgettext("kind heading", "Water board", "Water boards", count),
            kind.PROCUREMENT_OFFICE: npgettext(
                "kind heading", "Shared procurement office", "Shared procurement offices", count
            ),
            kind.MUNICIPALITY: npgettext("kind heading", "Municipality", "Municipalities", count),
            kind.KNOWLEDGE_PARTNER: npgettext(
                "kind heading", "Knowledge partner", "Knowledge partners", count
            ),
        }
        return headings[self]


KIND_ORDER = [kind.value for kind in OrganisationKind]


class OrganisationQuerySet(models.QuerySet):
    def participating(self):
        return self.filter(is_active=True)

    def for_email_domain(self, domain: str):
        return self.filter(email_domains__domain=domain.strip().lower())

    def in_kind_order(self):
        order = models.Case(
            *(models.When(kind=kind, then=position) for position, kind in enumerate(KIND_ORDER)),
            output_field=models.IntegerField(),
        )
        return self.order_by(order, Lower("name"))

    def with_logos(self):
        """For pages that show the logos: the images and their renditions in two queries."""
        return self.select_related("logo").prefetch_related("logo__renditions")


# Words that say what kind of body it is, not which one: left out of its initials.
GENERIC_NAME_WORDS = frozenset(
    {"gemeente", "provincie", "hoogheemraadschap", "waterschap", "inkoopbureau"}
)
ARTICLES = frozenset({"de", "het", "den", "'t"})
# As many as static/css/organisations.css has ``.ck-org-tile--<n>`` colours.
TILE_COLOURS = 8
MAX_META_DESCRIPTION = 160


def _first_letter(word: str) -> str:
    # The Dutch IJ is one letter: IJsselstein starts with IJ, not with I.
    return "IJ" if word.upper().startswith("IJ") else word[:1].upper()


# Fixed routes of the participants page (ParticipantsPage) beside /deelnemers/<slug>/: an
# organisation with one of these slugs would have a page nobody can reach (a test keeps
# the list complete).
RESERVED_SLUGS = frozenset({"leden"})


def validate_organisation_slug(value: str) -> None:
    if value.lower() in RESERVED_SLUGS:
        raise ValidationError(
            _("“%(slug)s” is already the address of another page: choose another slug."),
            code="reserved",
            params={"slug": value},
        )


class Organisation(index.Indexed, ClusterableModel):
    name = models.CharField(_("name"), max_length=150, unique=True)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        blank=True,
        validators=[validate_organisation_slug],
        help_text=_(
            "The last part of the web address. Filled in from the name when left empty; "
            "keep it the same afterwards, since links depend on it."
        ),
    )
    kind = models.CharField(_("kind"), max_length=30, choices=OrganisationKind.choices)
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    description = models.TextField(_("short description"), max_length=1000, blank=True)
    member_since = models.DateField(
        pgettext_lazy("organisation", "member since"), null=True, blank=True
    )
    is_active = models.BooleanField(
        _("participating"),
        default=True,
        help_text=_(
            "Only participating organisations are listed on the site, and only their "
            "e-mail domains open sign-up."
        ),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = OrganisationQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("is_active"),
        FieldPanel("member_since"),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("description"),
        MultiFieldPanel(
            [InlinePanel("email_domains", label=_("E-mail domain"))],
            heading=_("E-mail domains for sign-up"),
        ),
    ]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("kind"),
        index.FilterField("is_active"),
    ]

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = [Lower("name")]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self.name, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("members:organisation", kwargs={"slug": self.slug})

    def meta_description(self) -> str:
        """For search engines: the description's start, or a sentence that says who it is."""
        if self.description:
            return Truncator(" ".join(self.description.split())).chars(MAX_META_DESCRIPTION)
        return gettext("%(name)s takes part in the Coalitie Inkoop of Cirkelregio Utrecht.") % {
            "name": self.name
        }

    @property
    def initials(self) -> str:
        """Two letters for a tile where there is no logo, from the place rather than the kind.

        "Gemeente De Ronde Venen" gives "RV", "Gemeente IJsselstein" "IJ", "Provincie
        Utrecht" "Ut", "BouwCirculair" "BC": not the same "G" for every municipality.
        """
        words = self.name.split()
        if len(words) > 1 and words[0].lower() in GENERIC_NAME_WORDS:
            words = words[1:]
        significant = [
            word for word in words if word[:1].isupper() and word.lower() not in ARTICLES
        ] or words
        if len(significant) > 1:
            return _first_letter(significant[0]) + _first_letter(significant[1])
        word = significant[0]
        capitals = [letter for letter in word if letter.isupper()]
        return "".join(capitals[:2]) if len(capitals) > 1 else word[:2].capitalize()

    @property
    def tile_colour(self) -> int:
        """One of the tile colours (organisations.css), the same for a name every time."""
        return zlib.crc32(self.name.encode()) % TILE_COLOURS


def unique_slug(name: str, *, exclude_pk=None) -> str:
    """A slug from ``name`` that no other organisation or route has: "utrecht", "utrecht-2"."""
    base = slugify(name)[:70] or "organisatie"
    taken = RESERVED_SLUGS | set(
        Organisation.objects.exclude(pk=exclude_pk)
        .filter(slug__startswith=base)
        .values_list("slug", flat=True)
    )
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


# Everyone has an address on these: as a sign-up domain they would open the portal to all.
PUBLIC_MAIL_DOMAINS = {
    "gmail.com",
    "googlemail.com",
    "hotmail.com",
    "hotmail.nl",
    "outlook.com",
    "outlook.nl",
    "live.com",
    "live.nl",
    "msn.com",
    "yahoo.com",
    "yahoo.nl",
    "icloud.com",
    "me.com",
    "proton.me",
    "protonmail.com",
    "gmx.com",
    "gmx.net",
    "ziggo.nl",
    "kpnmail.nl",
    "kpnplanet.nl",
    "planet.nl",
    "home.nl",
    "xs4all.nl",
    "hetnet.nl",
    "casema.nl",
    "upcmail.nl",
    "chello.nl",
    "quicknet.nl",
    "online.nl",
    "tele2.nl",
    "telfort.nl",
    "aol.com",
    "pm.me",
    "protonmail.ch",
    "hotmail.be",
    "outlook.be",
    "telenet.be",
    "ymail.com",
    "zonnet.nl",
    "mail.com",
}


def validate_email_domain(value: str) -> None:
    if "@" in value:
        raise ValidationError(_("Enter only the part after the @, for example utrecht.nl."))
    DomainNameValidator(message=_("Enter a valid domain, for example utrecht.nl."))(value)
    if value.strip().lower() in PUBLIC_MAIL_DOMAINS:
        raise ValidationError(
            _("%(domain)s is a public e-mail service: anyone could sign up with it.")
            % {"domain": value.strip().lower()}
        )


class OrganisationDomain(models.Model):
    """An e-mail domain of an organisation: its people may create an account themselves."""

    organisation = ParentalKey(Organisation, on_delete=models.CASCADE, related_name="email_domains")
    domain = models.CharField(
        _("domain"),
        max_length=253,
        unique=True,
        validators=[validate_email_domain],
        help_text=_("For example utrecht.nl: everyone with an address @utrecht.nl may sign up."),
    )

    panels = [FieldPanel("domain")]

    class Meta:
        verbose_name = _("e-mail domain")
        verbose_name_plural = _("e-mail domains")
        ordering = ["domain"]

    def __str__(self) -> str:
        return self.domain

    def clean(self):
        self.domain = self.domain.strip().lower()
