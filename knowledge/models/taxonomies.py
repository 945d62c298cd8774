"""The lists a case is filed under: product groups and instruments the coordinator
manages as snippets, and the R-ladder's strategies, a fixed table (``Strategy``)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from knowledge.taxonomies import CircularStrategy


class MviCluster(models.TextChoices):
    """The clusters of the national MVI criteria tool that the product groups fall under."""

    GROUND_ROAD_WATER = "grw", _("Ground, road and water works")
    BUILDINGS = "buildings", _("Buildings")
    GREEN = "green", _("Green space")
    OFFICE = "office", _("Office furnishing and supplies")
    ICT = "ict", _("ICT")
    TEXTILES = "textiles", _("Textiles and workwear")
    FOOD = "food", _("Food and catering")
    CLEANING = "cleaning", _("Cleaning")
    TRANSPORT = "transport", _("Transport and mobility")
    ENERGY = "energy", _("Energy")
    OTHER = "other", _("Other")


class ProductGroup(index.Indexed, models.Model):
    """What was bought: green maintenance, street furniture, workwear, ..."""

    name = models.CharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    cluster = models.CharField(_("MVI cluster"), max_length=20, choices=MviCluster.choices)
    description = models.TextField(_("description"), max_length=400, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("cluster"),
        FieldPanel("description"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("product group")
        verbose_name_plural = _("product groups")

    def __str__(self) -> str:
        return self.name


class Instrument(index.Indexed, models.Model):
    """A method or tool a tender used: Ambitieweb, MKI/DuboCalc, market consultation, ..."""

    name = models.CharField(_("name"), max_length=80, unique=True)
    description = models.TextField(_("description"), max_length=400, blank=True)
    url = models.URLField(_("web address"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("description"), FieldPanel("url")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("instrument")
        verbose_name_plural = _("instruments")

    def __str__(self) -> str:
        return self.name


class Strategy(models.Model):
    """One rung of the R-ladder; the ten rows come from a migration and never change."""

    code = models.CharField(
        _("code"), max_length=2, primary_key=True, choices=CircularStrategy.choices
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("circular strategy")
        verbose_name_plural = _("circular strategies")

    def __str__(self) -> str:
        return self.get_code_display()
