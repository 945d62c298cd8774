"""Factories of the case library: its pages, the lists cases are filed under, cases."""

import factory
import wagtail_factories
from wagtail.models import PageViewRestriction

from knowledge.models import (
    CaseCriterion,
    CaseIndexPage,
    CasePage,
    CaseResultFigure,
    ProductGroup,
    ThemeIndexPage,
    ThemePage,
)
from tests.factories import OrganisationFactory


class CaseIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CaseIndexPage

    title = "Kennisbank"
    slug = "kennisbank"
    show_in_menus = True


class ThemeIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ThemeIndexPage

    title = "Thema's"
    slug = "themas"
    show_in_menus = True


class ThemePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ThemePage

    title = factory.Sequence(lambda n: f"Thema {n}")
    intro = "Waar dit thema over gaat."


class ProductGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProductGroup
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Productgroep {n}")
    slug = factory.Sequence(lambda n: f"productgroep-{n}")
    cluster = "green"


class CasePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CasePage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Aanbesteding {n}")
    summary = "Een circulaire aanbesteding met meetbare resultaten."
    buyer_organisation = factory.SubFactory(OrganisationFactory)
    year_awarded = 2024
    contract_type = "services"
    procedure = "european_open"
    value_band = "250k_1m"
    product_group = factory.SubFactory(ProductGroupFactory)

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if extracted:
            self.themes.set(extracted)
            self.save()

    @factory.post_generation
    def members_only(self, create, extracted, **kwargs):
        if extracted:
            PageViewRestriction.objects.create(
                page=self, restriction_type=PageViewRestriction.LOGIN
            )


class CaseCriterionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CaseCriterion

    page = factory.SubFactory(CasePageFactory)
    kind = "award"
    ambition_level = 2
    title = factory.Sequence(lambda n: f"Criterium {n}")
    text = "De inschrijver levert minstens 50 procent hergebruikt materiaal."


class CaseResultFigureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CaseResultFigure

    page = factory.SubFactory(CasePageFactory)
    indicator = "CO2-uitstoot"
    baseline = 100
    achieved = 65
    unit = "t CO2/jaar"
    source = "Eindrapportage opdrachtnemer"


def knowledge_pages_create(home):
    """/kennisbank/ and /themas/ under ``home``, as setup_site makes them."""
    library = CaseIndexPageFactory(parent=home)
    themes = ThemeIndexPageFactory(parent=home)
    return library, themes
