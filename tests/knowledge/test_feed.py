"""/kennisbank/feed/: the newest public cases as Atom, parsed as a feed reader would."""

from datetime import timedelta
from xml.etree import ElementTree

import pytest
from django.utils import timezone

from tests.factories import MembershipFactory, OrganisationFactory
from tests.knowledge.factories import CasePageFactory

pytestmark = pytest.mark.django_db

FEED = "/kennisbank/feed/"
ATOM = {"atom": "http://www.w3.org/2005/Atom"}


def entries(response) -> list[ElementTree.Element]:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ElementTree.fromstring(response.content).findall("atom:entry", ATOM)


def field(entry, path: str) -> str:
    return entry.findtext(path, namespaces=ATOM)


def published(case, days_ago: int):
    moment = timezone.now() - timedelta(days=days_ago)
    type(case).objects.filter(pk=case.pk).update(
        first_published_at=moment, last_published_at=moment + timedelta(hours=1)
    )


def test_the_feed_lists_public_cases_newest_first(client, library):
    old = CasePageFactory(
        parent=library,
        title="Maaien zonder uitstoot",
        summary="Elektrisch maaien <b>zonder</b> uitstoot.",
        buyer_organisation=OrganisationFactory(name="Gemeente Utrecht"),
    )
    new = CasePageFactory(
        parent=library,
        title="Banken van gerecycled plastic",
        buyer_name="Waterschap",
        buyer_organisation=None,
    )
    secret = CasePageFactory(
        parent=library, title="Besloten prijzen", summary="Vertrouwelijk.", members_only=True
    )
    draft = CasePageFactory(parent=library, title="Nog niet af", live=False)
    published(old, days_ago=10)
    published(new, days_ago=2)
    published(secret, days_ago=1)

    response = client.get(FEED)

    feed = ElementTree.fromstring(response.content)
    assert field(feed, "atom:title") == "Nieuwe aanbestedingen in de kennisbank van Cirkelinkoop"
    assert feed.find("atom:link[@rel='self']", ATOM).get("href") == f"http://testserver{FEED}"
    found = entries(response)
    assert [field(entry, "atom:title") for entry in found] == [new.title, old.title]
    newest, oldest = found
    assert field(newest, "atom:author/atom:name") == "Waterschap"
    assert field(oldest, "atom:author/atom:name") == "Gemeente Utrecht"
    assert newest.find("atom:link", ATOM).get("href") == new.full_url
    # The summary is text: a reader shows the tags as written, it does not run them.
    assert field(oldest, "atom:summary") == "Elektrisch maaien &lt;b&gt;zonder&lt;/b&gt; uitstoot."
    assert field(oldest, "atom:updated") > field(oldest, "atom:published")
    assert field(feed, "atom:updated") == field(newest, "atom:updated")
    for absent in (secret, draft):
        assert absent.title not in response.content.decode()


def test_a_member_gets_the_same_public_feed(client, library):
    secret = CasePageFactory(parent=library, title="Besloten prijzen", members_only=True)
    CasePageFactory(parent=library, title="Openbaar")
    client.force_login(MembershipFactory().user)

    titles = [field(entry, "atom:title") for entry in entries(client.get(FEED))]

    assert titles == ["Openbaar"] and secret.title not in titles


def test_the_feed_holds_the_twenty_newest(client, library):
    for number in range(22):
        published(CasePageFactory(parent=library, title=f"Case {number}"), days_ago=30 - number)

    titles = [field(entry, "atom:title") for entry in entries(client.get(FEED))]

    assert titles == [f"Case {number}" for number in range(21, 1, -1)]


def test_the_library_page_points_feed_readers_to_the_feed(client, library):
    html = client.get(library.url).content.decode()

    assert f'<link rel="alternate" type="application/atom+xml" href="{FEED}"' in html
