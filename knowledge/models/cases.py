"""A case: one tender of a participating organisation, its formal data, the criteria it
asked, what it delivered in figures, and what was learned.

One record links what the narrative libraries keep apart, so that cases can be filtered,
compared and their criteria reused.
"""

from decimal import Decimal

from django import forms
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from cirkelinkoop.blocks import BodyBlock
from knowledge.fulltext import case_search_text, search_vector_store
from knowledge.models.index import RESERVED_SLUGS
from knowledge.models.taxonomies import Instrument, ProductGroup, Strategy
from knowledge.queries import CaseQuerySet
from knowledge.taxonomies import AmbitionLevel, ContractType, CriterionKind, Procedure, ValueBand
from knowledge.validators import (
    cpv_codes_parse,
    validate_cpv_code,
    validate_cpv_codes,
    validate_tenderned_number,
)
from members.models import Membership
from members.models.privacy import ViewRestrictionsReadOnce

RICH_TEXT_FEATURES = ["h3", "bold", "italic", "link", "document-link", "ol", "ul"]
FIRST_YEAR = 2000
TENDERNED_NOTICE_URL = "https://www.tenderned.nl/aankondigingen/overzicht/{number}"


class CaseTag(TaggedItemBase):
    content_object = ParentalKey("knowledge.CasePage", related_name="tagged_items")


class CasePage(ViewRestrictionsReadOnce, Page):
    summary = models.TextField(
        _("summary"),
        max_length=600,
        help_text=_("One paragraph: what was bought, how, and the main result. Shown in lists."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), verbose_name=_("story"), blank=True)
    is_illustrative = models.BooleanField(
        _("illustrative example"),
        default=False,
        help_text=_("Tick when the case is made up or its figures are not the real ones."),
    )

    # Who bought, and whom to ask.
    buyer_organisation = models.ForeignKey(
        "members.Organisation",
        verbose_name=_("buying organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="cases",
    )
    buyer_name = models.CharField(
        _("buyer outside the coalition"),
        max_length=120,
        blank=True,
        help_text=_("Only when the buyer is not a participating organisation."),
    )
    contact_membership = models.ForeignKey(
        "members.Membership",
        verbose_name=_("contact person (member)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_name = models.CharField(_("contact person's name"), max_length=120, blank=True)
    contact_role = models.CharField(_("contact person's role"), max_length=120, blank=True)

    # The tender's formal data.
    year_awarded = models.PositiveSmallIntegerField(
        _("year of award"), validators=[MinValueValidator(FIRST_YEAR)]
    )
    contract_type = models.CharField(
        _("contract type"), max_length=20, choices=ContractType.choices
    )
    procedure = models.CharField(_("procedure"), max_length=30, choices=Procedure.choices)
    value_band = models.CharField(
        _("estimated value"), max_length=20, choices=ValueBand.choices, blank=True
    )
    duration_months = models.PositiveSmallIntegerField(
        _("contract duration in months"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(600)],
        help_text=_("Including options to extend."),
    )
    tenderned_number = models.CharField(
        _("TenderNed publication number"),
        max_length=7,
        blank=True,
        validators=[validate_tenderned_number],
    )
    cpv_main = models.CharField(
        _("main CPV code"), max_length=10, blank=True, validators=[validate_cpv_code]
    )
    cpv_additional = models.CharField(
        _("additional CPV codes"),
        max_length=200,
        blank=True,
        validators=[validate_cpv_codes],
        help_text=_("Separated by commas, like 77313000-7, 45112710-5."),
    )

    # How it is filed.
    product_group = models.ForeignKey(
        ProductGroup,
        verbose_name=_("product group"),
        null=True,
        on_delete=models.PROTECT,
        related_name="cases",
    )
    themes = ParentalManyToManyField(
        "knowledge.ThemePage", verbose_name=_("themes"), blank=True, related_name="cases"
    )
    strategies = ParentalManyToManyField(
        Strategy, verbose_name=_("circular strategies"), blank=True, related_name="cases"
    )
    instruments = ParentalManyToManyField(
        Instrument, verbose_name=_("instruments used"), blank=True, related_name="cases"
    )
    tags = ClusterTaggableManager(through=CaseTag, verbose_name=_("tags"), blank=True)

    # The approach, results and lessons in words.
    approach = RichTextField(_("approach"), features=RICH_TEXT_FEATURES, blank=True)
    results = RichTextField(_("results in words"), features=RICH_TEXT_FEATURES, blank=True)
    lessons_learned = RichTextField(_("lessons learned"), features=RICH_TEXT_FEATURES, blank=True)
    what_did_not_work = RichTextField(
        _("what did not work"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Failures teach as much as successes: what would you do differently?"),
    )
    # The words of the story, criteria and buyer, gathered on save for the library's search.
    search_text = models.TextField(editable=False, blank=True, default="")
    # Title, summary and search_text as PostgreSQL's weighted tsvector (knowledge.fulltext).
    search_vector = SearchVectorField(editable=False, null=True)

    objects = PageManager.from_queryset(CaseQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        FieldPanel("is_illustrative"),
        MultiFieldPanel(
            [
                FieldPanel("buyer_organisation"),
                FieldPanel("buyer_name"),
                FieldPanel("contact_membership"),
                FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_role")]),
            ],
            heading=_("Buyer and contact"),
        ),
    ]
    tender_panels = [
        FieldRowPanel([FieldPanel("year_awarded"), FieldPanel("duration_months")]),
        FieldRowPanel([FieldPanel("contract_type"), FieldPanel("procedure")]),
        FieldPanel("value_band"),
        FieldPanel("tenderned_number"),
        FieldRowPanel([FieldPanel("cpv_main"), FieldPanel("cpv_additional")]),
        FieldPanel("product_group"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("strategies", widget=forms.CheckboxSelectMultiple),
        FieldPanel("tags"),
        FieldPanel("instruments", widget=forms.CheckboxSelectMultiple),
        FieldPanel("approach"),
        InlinePanel("criteria", heading=_("Criteria asked"), label=_("criterion")),
    ]
    results_panels = [
        InlinePanel("figures", heading=_("Results in figures"), label=_("figure")),
        FieldPanel("results"),
        FieldPanel("lessons_learned"),
        FieldPanel("what_did_not_work"),
        InlinePanel("documents", heading=_("Documents"), label=_("document")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Case")),
            ObjectList(tender_panels, heading=_("Tender")),
            ObjectList(results_panels, heading=_("Results and lessons")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("approach"),
        index.SearchField("results"),
        index.SearchField("lessons_learned"),
        index.SearchField("what_did_not_work"),
        index.SearchField("buyer_name"),
        index.RelatedFields("buyer_organisation", [index.SearchField("name")]),
        index.RelatedFields("criteria", [index.SearchField("text")]),
        index.FilterField("year_awarded"),
        index.FilterField("contract_type"),
        index.FilterField("procedure"),
        index.FilterField("product_group"),
        index.FilterField("buyer_organisation"),
    ]

    parent_page_types = ["knowledge.CaseIndexPage"]
    subpage_types = []
    template = "knowledge/case_page.html"

    class Meta:
        verbose_name = _("case")
        verbose_name_plural = _("cases")

    def clean(self):
        super().clean()
        errors = {}
        if self.slug in RESERVED_SLUGS:
            errors["slug"] = _("This address is taken by the case library itself.")
        if self.year_awarded and self.year_awarded > timezone.localdate().year + 1:
            errors["year_awarded"] = _("A tender is awarded at most next year.")
        if self.buyer_organisation_id and self.buyer_name:
            errors["buyer_name"] = _(
                "Choose a participating organisation or write a name, not both."
            )
        if not self.buyer_organisation_id and not self.buyer_name:
            errors["buyer_organisation"] = _("Choose the buying organisation or write its name.")
        if self.cpv_main and self.cpv_main in cpv_codes_parse(self.cpv_additional):
            errors["cpv_additional"] = _("The main CPV code need not be repeated here.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        # A draft's revision saves a few fields only; its words wait for publishing.
        gather = update_fields is None or "search_text" in update_fields
        if gather:
            self.search_text = case_search_text(self)
        result = super().save(*args, **kwargs)
        if gather:
            search_vector_store(self)
        return result

    def prepare_for_cache(self) -> None:
        """What every request of a case reads, loaded before the case is kept for routing
        (``LiveChildBySlugFromCache``): its documents and its contact person. They change
        by publishing the case, or, a person's name or role, within the page cache's few
        minutes, as a visitor's cached copy of the case does."""
        self._documents_kept = self.documents_with_collections()
        self.contact_load()

    def documents_with_collections(self) -> list:
        """The case's documents with their files' collections; those loaded with the case
        when it was kept for routing, if it was."""
        kept = getattr(self, "_documents_kept", None)
        if kept is not None:
            return kept
        return list(self.documents.select_related("document__collection"))

    def contact_load(self) -> None:
        """The contact person with their account and organisation, in one query (the page
        shows their name, role and organisation: three queries, one by one)."""
        if self.contact_membership_id and not CasePage.contact_membership.is_cached(self):
            self.contact_membership = (
                Membership.objects.select_related("user", "organisation")
                .filter(pk=self.contact_membership_id)
                .first()
            )

    def get_context(self, request, *args, **kwargs):
        from knowledge.views.case import case_context

        context = super().get_context(request, *args, **kwargs)
        return {**context, **case_context(request, self)}

    @property
    def buyer(self) -> str:
        return self.buyer_organisation.name if self.buyer_organisation_id else self.buyer_name

    @property
    def tenderned_url(self) -> str:
        number = self.tenderned_number
        return TENDERNED_NOTICE_URL.format(number=number) if number else ""

    @property
    def cpv_codes(self) -> list[str]:
        return [code for code in [self.cpv_main, *cpv_codes_parse(self.cpv_additional)] if code]


class CaseCriterion(Orderable):
    """One thing the tender asked of the market, in words a buyer can reuse."""

    page = ParentalKey(CasePage, on_delete=models.CASCADE, related_name="criteria")
    kind = models.CharField(_("kind"), max_length=20, choices=CriterionKind.choices)
    ambition_level = models.PositiveSmallIntegerField(
        _("ambition level"), choices=AmbitionLevel.choices, null=True, blank=True
    )
    title = models.CharField(_("title"), max_length=160)
    text = models.TextField(_("text"), max_length=4000)

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("ambition_level")]),
        FieldPanel("title"),
        FieldPanel("text"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")

    def __str__(self) -> str:
        return self.title


class CaseResultFigure(Orderable):
    """A measured result, comparable across cases: MKI −10 %, 60 % secondary material."""

    page = ParentalKey(CasePage, on_delete=models.CASCADE, related_name="figures")
    indicator = models.CharField(_("indicator"), max_length=120)
    baseline = models.DecimalField(
        _("baseline"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("The value before, or of the usual solution. Leave empty if unknown."),
    )
    achieved = models.DecimalField(_("achieved"), max_digits=14, decimal_places=2)
    unit = models.CharField(_("unit"), max_length=40, help_text=_("Like %, t CO2/yr or €/m²."))
    source = models.CharField(
        _("source"), max_length=200, blank=True, help_text=_("Where the figure comes from.")
    )

    panels = [
        FieldPanel("indicator"),
        FieldRowPanel([FieldPanel("baseline"), FieldPanel("achieved"), FieldPanel("unit")]),
        FieldPanel("source"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("result figure")
        verbose_name_plural = _("result figures")

    def __str__(self) -> str:
        return f"{self.indicator}: {self.achieved} {self.unit}"

    @property
    def change_percent(self) -> Decimal | None:
        """The achieved value against the baseline, in per cent; None without a baseline."""
        if self.baseline in (None, 0):
            return None
        return ((self.achieved - self.baseline) / abs(self.baseline) * 100).quantize(Decimal("1"))


class CaseDocument(Orderable):
    """A tender document; members-only when it lies in a collection for signed-in people."""

    page = ParentalKey(CasePage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_('Put a document only for members in the collection "Documents for members".'),
    )
    description = models.CharField(_("description"), max_length=200, blank=True)

    panels = [FieldPanel("document"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
