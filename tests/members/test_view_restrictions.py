"""A page's privacy is read in one query, and reads what Wagtail's own method reads."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from cirkelinkoop.models import StandardPage
from tests.factories import MembershipFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


def wagtails(page) -> set[int]:
    """The restrictions Wagtail's own method finds for ``page`` (two queries)."""
    return {r.pk for r in Page.get_view_restrictions(page)}


def ours(page) -> set[int]:
    return {r.pk for r in StandardPage.objects.get(pk=page.pk).get_view_restrictions()}


@pytest.fixture
def tree(home):
    """Open, private for signed-in people, and private by password below that; an alias
    of the private page in the open section."""
    open_section = StandardPageFactory(parent=home, title="Open", slug="open")
    private = StandardPageFactory(parent=home, title="Leden", slug="leden-info")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    secret = StandardPageFactory(parent=private, title="Geheim", slug="geheim")
    PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.PASSWORD, password="wachtwoord"
    )
    below_secret = StandardPageFactory(parent=secret, title="Dieper", slug="dieper")
    alias = private.specific.create_alias(parent=open_section, update_slug="leden-alias")
    below_alias = StandardPageFactory(parent=open_section, title="Naast", slug="naast")
    return {
        "open": open_section,
        "private": private,
        "secret": secret,
        "below secret": below_secret,
        "alias": alias,
        "open sibling": below_alias,
    }


def test_the_same_restrictions_as_wagtail_finds_for_every_page(tree):
    found = {name: ours(page) for name, page in tree.items()}

    assert found == {name: wagtails(page) for name, page in tree.items()}
    assert len(found["below secret"]) == 2  # the section's and the password page's
    assert found["alias"] == found["private"] != set()  # an alias has its original's
    assert found["open"] == found["open sibling"] == set()


def test_restrictions_are_read_in_one_query_once_per_page_object(tree):
    page = StandardPage.objects.get(pk=tree["below secret"].pk)

    with CaptureQueriesContext(connection) as captured:
        first = page.get_view_restrictions()
        again = page.get_view_restrictions()

    assert len(captured) == 1
    assert again is first and len(first) == 2
    # Still a query set for the admin, which orders it (afresh, from the database).
    assert first.order_by("-page__depth")[0].page_id == tree["secret"].pk


def restriction_reads(client, path: str) -> tuple[int, int]:
    """The answer's status, and how often the restrictions were read from the database."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    reads = [q for q in captured if 'FROM "wagtailcore_pageviewrestriction" W' in q["sql"]]
    return response.status_code, len(reads)


def test_serving_a_private_page_reads_its_restrictions_once_until_they_change(client, tree):
    client.force_login(MembershipFactory().user)

    # Wagtail's own check and the members-only check both ask: one read, then kept.
    assert restriction_reads(client, "/leden-info/") == (200, 1)
    assert restriction_reads(client, "/leden-info/") == (200, 0)

    # The coordinator makes the section private to a group this member is not in.
    restriction = PageViewRestriction.objects.get(page=tree["private"])
    restriction.restriction_type = PageViewRestriction.GROUPS
    restriction.save()
    restriction.groups.set([Group.objects.create(name="Bestuur")])

    # Wagtail sends a person outside the group to the sign-in page.
    assert restriction_reads(client, "/leden-info/") == (302, 1)
    PageViewRestriction.objects.filter(page=tree["private"]).delete()
    status, reads = restriction_reads(client, "/leden-info/")
    assert (status, reads) == (200, 1)
