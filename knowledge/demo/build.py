"""Building the demo's lists, themes and cases from the data modules. Each step makes
what is missing and leaves what exists alone, so seeding twice adds nothing."""

from datetime import datetime
from decimal import Decimal

from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Page, PageViewRestriction

from knowledge.demo.cases_energy_mobility import CASES as ENERGY_MOBILITY_CASES
from knowledge.demo.cases_green import CASES as GREEN_CASES
from knowledge.demo.cases_gww import CASES as GWW_CASES
from knowledge.demo.cases_operations import CASES as OPERATIONS_CASES
from knowledge.demo.cases_public_space import CASES as PUBLIC_SPACE_CASES
from knowledge.demo.records import DemoCase
from knowledge.demo.taxonomies import INSTRUMENTS, PRODUCT_GROUPS
from knowledge.demo.themes import THEMES
from knowledge.models import (
    CaseCriterion,
    CasePage,
    CaseResultFigure,
    Instrument,
    ProductGroup,
    Strategy,
    ThemePage,
    ThemeResource,
)
from knowledge.validators import cpv_check_digit
from members.models import Membership, Organisation, Role

CASES: list[DemoCase] = [
    *GREEN_CASES,
    *PUBLIC_SPACE_CASES,
    *GWW_CASES,
    *OPERATIONS_CASES,
    *ENERGY_MOBILITY_CASES,
]


def publish(page: Page) -> Page:
    page.save_revision().publish()
    return page


def cpv_code(digits: str) -> str:
    """``77310000`` → ``77310000-6``: the code with its check digit."""
    return f"{digits}-{cpv_check_digit(digits)}"


def rich_text(text: str) -> str:
    return f"<p>{escape(text)}</p>" if text else ""


def stream(sections: list[tuple[str, str]]) -> list[dict]:
    """(heading, paragraph) pairs as the body's blocks; an empty heading is left out."""
    blocks = []
    for heading, paragraph in sections:
        if heading:
            blocks.append({"type": "heading", "value": {"text": heading, "level": "h2"}})
        blocks.append({"type": "paragraph", "value": rich_text(paragraph)})
    return blocks


def product_groups_ensure() -> dict[str, ProductGroup]:
    groups = {}
    for spec in PRODUCT_GROUPS:
        groups[spec.slug], _created = ProductGroup.objects.get_or_create(
            slug=spec.slug,
            defaults={"name": spec.name, "cluster": spec.cluster, "description": spec.description},
        )
    return groups


def instruments_ensure() -> dict[str, Instrument]:
    instruments = {}
    for spec in INSTRUMENTS:
        instruments[spec.name], _created = Instrument.objects.get_or_create(
            name=spec.name, defaults={"description": spec.description, "url": spec.url}
        )
    return instruments


def themes_ensure(index: Page) -> dict[str, ThemePage]:
    themes = {page.slug: page for page in ThemePage.objects.child_of(index)}
    for spec in THEMES:
        if spec.slug in themes:
            continue
        page = ThemePage(
            title=spec.title,
            slug=spec.slug,
            intro=spec.intro,
            body=stream(spec.body),
            resources=[
                ThemeResource(title=title, url=url, description=description)
                for title, url, description in spec.resources
            ],
        )
        index.add_child(instance=page)
        themes[spec.slug] = publish(page)
    return themes


def _contact(organisation: Organisation) -> Membership | None:
    """Someone of the buying organisation in the member directory, if the demo has one
    (the coalition's coordinator answers for the coalition, not for its tenders)."""
    people = Membership.objects.in_directory().filter(organisation=organisation)
    return people.exclude(role=Role.COORDINATOR).first()


def _shared_on(spec: DemoCase, position: int) -> datetime:
    """When the case was shared: in the year after its award, never in the future."""
    shared = datetime(spec.year, 1 + position % 12, 1 + position % 27, 10, 0)
    return min(timezone.make_aware(shared), timezone.now())


def case_build(spec: DemoCase, *, lists: dict, position: int) -> CasePage:
    organisation = lists["organisations"][spec.organisation]
    case = CasePage(
        title=spec.title,
        slug=spec.slug,
        summary=spec.summary,
        is_illustrative=True,
        buyer_organisation=organisation,
        contact_membership=_contact(organisation),
        year_awarded=spec.year,
        contract_type=spec.contract_type,
        procedure=spec.procedure,
        value_band=spec.value_band,
        duration_months=spec.duration_months,
        cpv_main=cpv_code(spec.cpv[0]),
        cpv_additional=", ".join(cpv_code(digits) for digits in spec.cpv[1:]),
        product_group=lists["groups"][spec.product_group],
        approach=rich_text(spec.approach),
        results=rich_text(spec.results),
        lessons_learned=rich_text(spec.lessons),
        what_did_not_work=rich_text(spec.did_not_work),
        first_published_at=_shared_on(spec, position),
        criteria=[
            CaseCriterion(kind=c.kind, ambition_level=c.level, title=c.title, text=c.text)
            for c in spec.criteria
        ],
        figures=[
            CaseResultFigure(
                indicator=f.indicator,
                baseline=None if f.baseline is None else Decimal(str(f.baseline)),
                achieved=Decimal(str(f.achieved)),
                unit=f.unit,
                source=f.source,
            )
            for f in spec.figures
        ],
    )
    case.themes = [lists["themes"][slug] for slug in spec.themes]
    case.strategies = list(Strategy.objects.filter(code__in=spec.strategies))
    case.instruments = [lists["instruments"][name] for name in spec.instruments]
    case.tags.add(*spec.tags)
    return case


def cases_ensure(library: Page, *, lists: dict) -> list[CasePage]:
    """The demo's cases under ``library``; the members-only ones behind a login."""
    existing = set(CasePage.objects.child_of(library).values_list("slug", flat=True))
    made = []
    for position, spec in enumerate(CASES):
        if spec.slug in existing:
            continue
        case = case_build(spec, lists=lists, position=position)
        library.add_child(instance=case)
        if spec.members_only:
            PageViewRestriction.objects.create(
                page=case, restriction_type=PageViewRestriction.LOGIN
            )
        made.append(publish(case))
    return made
