"""A large synthetic library for the benchmark: ``seed_demo --cases N``.

Wagtail saves a page one at a time (its tree path, a revision, the search index), which
takes minutes for thousands. These cases are written in batches instead: the page rows
with their tree paths computed here, then the case rows, criteria, figures, themes,
strategies and instruments with ``bulk_create``, and the search index in bulk. They get
no revision (their first edit in the admin makes one) and send no signal, so the caller
clears the page cache. Slugs start with ``synthetisch-``; running again adds only what
is missing up to N.
"""

import random
import uuid
from datetime import timedelta
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Page, PageViewRestriction
from wagtail.search.backends import get_search_backends

from knowledge.demo import synthetic_texts as texts
from knowledge.demo.build import cpv_code, product_groups_ensure
from knowledge.fulltext import case_search_text, search_vector_store
from knowledge.models import (
    CaseCriterion,
    CaseIndexPage,
    CasePage,
    CaseResultFigure,
    Instrument,
    Strategy,
    ThemePage,
)
from knowledge.taxonomies import Procedure, ValueBand
from members.models import Organisation, OrganisationKind

SLUG_PREFIX = "synthetisch-"
BATCH_SIZE = 500
MEMBERS_ONLY_SHARE = 0.08
FIRST_YEAR, LAST_YEAR = 2015, 2026


def synthetic_cases_add(count: int, *, seed: int = 2026) -> int:
    """Up to ``count`` synthetic cases in the library; returns how many were added."""
    library = CaseIndexPage.objects.get()
    existing = CasePage.objects.child_of(library).filter(slug__startswith=SLUG_PREFIX).count()
    missing = max(0, count - existing)
    if missing:
        _add(library, missing, first_number=existing + 1, rng=random.Random(seed + existing))
    return missing


@transaction.atomic
def _add(library: CaseIndexPage, missing: int, *, first_number: int, rng: random.Random):
    library = Page.objects.select_for_update().get(pk=library.pk)
    last_child = library.get_last_child()
    next_step = Page._str2int(last_child.path[-Page.steplen :]) + 1 if last_child else 1
    choices = _choices()
    for start in range(0, missing, BATCH_SIZE):
        size = min(BATCH_SIZE, missing - start)
        _batch_add(
            library,
            choices,
            rng,
            numbers=range(first_number + start, first_number + start + size),
            first_step=next_step + start,
        )
    Page.objects.filter(pk=library.pk).update(numchild=F("numchild") + missing)


def _choices() -> dict:
    product_groups_ensure()
    from knowledge.models import ProductGroup

    return {
        "organisations": list(
            Organisation.objects.participating().exclude(kind=OrganisationKind.KNOWLEDGE_PARTNER)
        ),
        "groups": list(ProductGroup.objects.all()),
        "themes": {page.slug: page for page in ThemePage.objects.live()},
        "strategies": list(Strategy.objects.values_list("code", flat=True)),
        "instruments": list(Instrument.objects.values_list("pk", flat=True)),
        "content_type": ContentType.objects.get_for_model(CasePage),
    }


def _batch_add(library, choices, rng, *, numbers, first_step):
    now = timezone.now()
    pages, cases, extras = [], [], []
    for offset, number in enumerate(numbers):
        spec = _spec(choices, rng, number)
        slug = f"{SLUG_PREFIX}{number:05d}"
        published = min(now, now - timedelta(days=(LAST_YEAR - spec["year"]) * 365))
        published -= timedelta(minutes=rng.randrange(60 * 24 * 300))
        pages.append(
            Page(
                title=spec["title"],
                draft_title=spec["title"],
                slug=slug,
                path=Page._get_path(library.path, library.depth + 1, first_step + offset),
                depth=library.depth + 1,
                numchild=0,
                url_path=f"{library.url_path}{slug}/",
                content_type=choices["content_type"],
                locale_id=library.locale_id,
                translation_key=uuid.UUID(int=rng.getrandbits(128)),
                live=True,
                has_unpublished_changes=False,
                first_published_at=published,
                last_published_at=published,
            )
        )
        extras.append(spec)
    Page.objects.bulk_create(pages)
    for page, spec in zip(pages, extras, strict=True):
        cases.append(CasePage(page_ptr_id=page.pk, **spec["fields"]))
    fields = [f for f in CasePage._meta.local_concrete_fields]
    CasePage._base_manager._insert(cases, fields=fields)
    _children_add(pages, extras)
    _index(pages)


def _children_add(pages, specs):
    criteria, figures, restrictions = [], [], []
    themes, strategies, instruments = [], [], []
    through = {
        "themes": CasePage.themes.through,
        "strategies": CasePage.strategies.through,
        "instruments": CasePage.instruments.through,
    }
    for page, spec in zip(pages, specs, strict=True):
        criteria += [
            CaseCriterion(page_id=page.pk, sort_order=i, **c)
            for i, c in enumerate(spec["criteria"])
        ]
        figures += [
            CaseResultFigure(page_id=page.pk, sort_order=i, **f)
            for i, f in enumerate(spec["figures"])
        ]
        themes += [
            through["themes"](casepage_id=page.pk, themepage_id=t.pk) for t in spec["themes"]
        ]
        strategies += [
            through["strategies"](casepage_id=page.pk, strategy_id=s) for s in spec["strategies"]
        ]
        instruments += [
            through["instruments"](casepage_id=page.pk, instrument_id=i)
            for i in spec["instruments"]
        ]
        if spec["members_only"]:
            restrictions.append(
                PageViewRestriction(page_id=page.pk, restriction_type=PageViewRestriction.LOGIN)
            )
    for model, objs in (
        (CaseCriterion, criteria),
        (CaseResultFigure, figures),
        (through["themes"], themes),
        (through["strategies"], strategies),
        (through["instruments"], instruments),
        (PageViewRestriction, restrictions),
    ):
        model.objects.bulk_create(objs, batch_size=BATCH_SIZE)


def _index(pages):
    cases = list(
        CasePage.objects.filter(pk__in=[page.pk for page in pages])
        .select_related("buyer_organisation")
        .prefetch_related("criteria")
    )
    for backend in get_search_backends():
        backend.add_bulk(CasePage, cases)
    # The library's own search columns, which a page's save fills (knowledge.fulltext).
    for case in cases:
        case.search_text = case_search_text(case)
    CasePage.objects.bulk_update(cases, ["search_text"], batch_size=BATCH_SIZE)
    for case in cases:
        search_vector_store(case)


def _spec(choices, rng, number) -> dict:
    """One synthetic case's fields, children and relations, drawn from the texts."""
    organisation = rng.choice(choices["organisations"])
    group = rng.choice(choices["groups"])
    year = rng.randint(FIRST_YEAR, LAST_YEAR)
    level = rng.choice((1, 2, 2, 3))
    place = organisation.name.removeprefix("Gemeente ")
    name = group.name.lower()
    title = rng.choice(texts.TITLE_PATTERNS).format(
        group=name, Group=group.name, place=place, level=level
    )
    summary = " ".join(
        (
            rng.choice(texts.SUMMARY_OPENINGS).format(
                buyer=organisation.name, group=name, focus=rng.choice(texts.FOCUSES)
            ),
            rng.choice(texts.SUMMARY_RESULTS),
        )
    )
    cpv = list(texts.CPV_BY_GROUP.get(group.slug, texts.FALLBACK_CPV))
    rng.shuffle(cpv)
    theme_slugs = texts.THEMES_BY_CLUSTER.get(group.cluster, texts.DEFAULT_THEMES)
    themes = [choices["themes"][s] for s in theme_slugs if s in choices["themes"]]
    if "ambitieweb" in choices["themes"] and rng.random() < 0.2:
        themes.append(choices["themes"]["ambitieweb"])
    return {
        "title": title,
        "fields": {
            "summary": summary[:600],
            "is_illustrative": True,
            "buyer_organisation_id": organisation.pk,
            "year_awarded": year,
            "contract_type": texts.CONTRACT_TYPE_BY_CLUSTER.get(group.cluster, "supplies"),
            "procedure": rng.choice(Procedure.values),
            "value_band": rng.choice(ValueBand.values),
            "duration_months": rng.choice((None, 12, 24, 36, 48, 60, 72)),
            "cpv_main": cpv_code(cpv[0]),
            "cpv_additional": ", ".join(cpv_code(c) for c in cpv[1:]),
            "product_group_id": group.pk,
            "approach": _paragraph(rng, texts.APPROACHES),
            "results": _paragraph(rng, texts.RESULTS),
            "lessons_learned": _paragraph(rng, texts.LESSONS),
            "what_did_not_work": _paragraph(rng, texts.FAILURES),
        },
        "year": year,
        "criteria": _criteria(rng, level),
        "figures": _figures(rng),
        "themes": themes,
        "strategies": rng.sample(choices["strategies"], rng.randint(1, 3)),
        "instruments": rng.sample(
            choices["instruments"], min(len(choices["instruments"]), rng.randint(0, 3))
        ),
        "members_only": rng.random() < MEMBERS_ONLY_SHARE,
    }


def _paragraph(rng, pool) -> str:
    return f"<p>{escape(rng.choice(pool))}</p>"


def _criteria(rng, level) -> list[dict]:
    picked = rng.sample(texts.CRITERIA, rng.randint(2, 4))
    return [
        {
            "kind": kind,
            "ambition_level": max(1, min(3, level + rng.choice((-1, 0, 0, 1)))),
            "title": title,
            "text": text.format(n=rng.choice((3, 5, 6, 10, 20, 30, 50))),
        }
        for kind, title, text in picked
    ]


def _figures(rng) -> list[dict]:
    figures = []
    for indicator, unit, low, high, change_low, change_high in rng.sample(
        texts.FIGURES, rng.randint(1, 3)
    ):
        baseline = Decimal(rng.randint(low, high))
        change = Decimal(rng.randint(change_low, change_high)) / 100
        achieved = (baseline * (1 + change)).quantize(Decimal("0.01"))
        if not baseline:
            achieved = Decimal(rng.randint(10, 60))
        figures.append(
            {
                "indicator": indicator,
                "baseline": baseline,
                "achieved": achieved,
                "unit": unit,
                "source": "Synthetische gegevens voor de benchmark",
            }
        )
    return figures
