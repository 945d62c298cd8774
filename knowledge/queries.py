"""Reads of the case library: which cases a person may see, and what a card needs."""

from django.db.models import (
    Case,
    Count,
    IntegerField,
    Q,
    Value,
    When,
)
from wagtail.models import CollectionViewRestriction, PageQuerySet, PageViewRestriction

from cirkelinkoop.page_cache import kept_until_content_changes
from members.access import is_member

# A case's fields that no card shows.
CARD_LEAVES_OUT = (
    "body",
    "search_text",
    "search_vector",
    "approach",
    "results",
    "lessons_learned",
    "what_did_not_work",
)


class CaseQuerySet(PageQuerySet):
    def public(self):
        """Wagtail's ``public()``, in one query that stays fast with many private cases."""
        return without_view_restrictions(self)

    def visible_to(self, user):
        """Live cases; for anyone but a member only those without a view restriction.

        The one rule every list, search, feed, export and related-cases block applies, so
        a members-only case never shows up where a visitor looks.
        """
        live = self.live()
        return live if is_member(user) else live.public()

    def for_cards(self):
        """What a card shows, in one query: the buyer and the product group joined, and
        without the long texts a card never shows (their JSON and text are most of a
        case's row)."""
        return self.select_related("buyer_organisation", "product_group", "hero_image").defer(
            *CARD_LEAVES_OUT
        )

    def submitted_by(self, user):
        """The cases ``user`` wrote on the portal (live or not), last changed first."""
        return self.filter(owner=user).order_by("-latest_revision_created_at", "-pk")

    def for_submission_list(self):
        """What a member's list of their own cases shows (a title, a link, where it is),
        and no more: a case's row is some forty columns, reading them all cost a
        millisecond, even to find that there are none."""
        return self.only(
            "title", "slug", "live", "latest_revision_created_at", "url_path", "path", "depth"
        )

    def for_comparison(self):
        """What the compare page and the criteria downloads show, in three queries: a
        card's facts and the lessons, without the body and the search words, which are
        most of a case's row."""
        shown = {"lessons_learned", "what_did_not_work"}
        return (
            self.for_cards()
            .defer(None)
            .defer(*(field for field in CARD_LEAVES_OUT if field not in shown))
            .prefetch_related("criteria", "figures")
        )

    def to_add_to(self, cases, limit: int) -> dict[str, list]:
        """Cases to offer for a comparison, newest first: ``comparable`` ones (of the
        compared cases' product groups), then ``other`` ones, ``limit`` in all.

        Two queries that each read only what they offer, along the index on the date of
        first publication; one query ordering by "comparable" sorted the whole library
        (6 ms at 5,000 cases). Rows, not pages: a list of a hundred offers needs no
        hundred page objects."""
        groups = {case.product_group_id for case in cases if case.product_group_id}
        offered = (
            self.exclude(pk__in=[case.pk for case in cases])
            .order_by("-first_published_at", "-pk")
            .values_list("pk", "title", "slug", "year_awarded", named=True)
        )
        comparable = list(offered.filter(product_group_id__in=groups)[:limit]) if groups else []
        left = limit - len(comparable)
        other = list(offered.exclude(product_group_id__in=groups)[:left]) if left else []
        return {"comparable": comparable, "other": other}

    def newest_first(self):
        return self.order_by("-first_published_at", "-pk")

    def related_to(self, case, theme_ids: list[int], limit: int = 3) -> list[int]:
        """The ids of the cases of the same product group or sharing one of
        ``theme_ids``, most in common first: only ids, so the grouping stays narrow."""
        same_group = Q(product_group_id=case.product_group_id)
        shares_theme = Q(themes__in=theme_ids)
        # Counting with an empty "in" would make the whole query empty.
        shared_themes = Value(0)
        if theme_ids:
            shared_themes = Count("themes", filter=shares_theme, distinct=True)
        ranked = (
            self.exclude(pk=case.pk)
            .filter(same_group | shares_theme if theme_ids else same_group)
            .order_by()
            .values("pk")
            .annotate(
                shared_themes=shared_themes,
                same_group=Case(When(same_group, then=1), default=0, output_field=IntegerField()),
            )
            .order_by("-same_group", "-shared_themes", "-year_awarded", "-pk")
        )
        return list(ranked.values_list("pk", flat=True)[:limit])


def without_view_restrictions(pages):
    """``pages`` without those a view restriction lies on (on them or an ancestor), in the
    same query.

    Wagtail's ``public()`` reads every restriction and excludes each restricted page with
    a ``LIKE`` of its own: with hundreds of members-only cases that is hundreds of
    ``LIKE``s per row (seconds at 5,000 cases). Here a restricted page is left out by its
    id, and only what lies under the few restricted sections by their paths.
    """
    pages = pages.exclude(pk__in=PageViewRestriction.objects.values("page_id"))
    in_a_section = Q()
    for path in restricted_section_paths():
        in_a_section |= Q(path__startswith=path)
    return pages.exclude(in_a_section) if in_a_section else pages


def restricted_section_paths() -> list[str]:
    """Tree paths of the restricted pages with pages under them: a handful of sections.

    Kept until content changes (a restriction, a page published, moved or deleted): asked
    inside every query of public pages, reading them cost a scan of all pages per row.
    """
    return kept_until_content_changes(
        "restricted-sections",
        lambda: list(
            PageViewRestriction.objects.filter(page__numchild__gt=0).values_list(
                "page__path", flat=True
            )
        ),
    )


def restricted_collection_paths() -> list[str]:
    """Tree paths of the collections with a view restriction; their descendants inherit it."""
    return list(CollectionViewRestriction.objects.values_list("collection__path", flat=True))


def is_restricted(collection, restricted_paths: list[str]) -> bool:
    return any(collection.path.startswith(path) for path in restricted_paths)
