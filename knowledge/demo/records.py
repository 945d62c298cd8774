"""The shape of a demo case: plain data, so the texts read as texts and the building code
(``knowledge.demo.build``) stays apart."""

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class C:
    """A criterion: kind (``CriterionKind``), ambition level 1–3, title and text."""

    kind: str
    level: int | None
    title: str
    text: str


@dataclass(frozen=True)
class F:
    """A result figure: indicator, baseline (None when unknown), achieved, unit, source."""

    indicator: str
    baseline: Decimal | int | float | None
    achieved: Decimal | int | float
    unit: str
    source: str = ""


@dataclass(frozen=True)
class DemoCase:
    slug: str
    title: str
    organisation: str  # a participating organisation of members.demo
    year: int
    contract_type: str
    procedure: str
    value_band: str
    duration_months: int | None
    # CPV codes as eight digits, the main one first; the check digits are computed.
    cpv: tuple[str, ...]
    product_group: str  # a slug of PRODUCT_GROUPS
    themes: tuple[str, ...]  # slugs of THEMES
    strategies: tuple[str, ...]  # R-ladder codes
    instruments: tuple[str, ...]  # names of INSTRUMENTS
    summary: str
    approach: str
    results: str
    lessons: str
    did_not_work: str
    criteria: tuple[C, ...]
    figures: tuple[F, ...]
    tags: tuple[str, ...] = ()
    members_only: bool = False
