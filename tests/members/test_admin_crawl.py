"""Every view of the portal's own admin viewsets opens without a server error.

The views are found from Wagtail's registry of viewsets, not listed by hand: a view
added later (a new transition, a new viewset) is crawled too. Each is opened with GET,
then sent an empty POST and a POST with nonsense in every field of its form, as a
coordinator and as a superuser.
"""

import re
from pathlib import Path

import pytest
import wagtail.admin.urls  # noqa: F401  (registers the viewsets, as the URLconf does)
from django import forms
from django.conf import settings
from django.test import Client
from django.urls import URLPattern, URLResolver, reverse
from django.utils import timezone
from wagtail.admin.viewsets import viewsets

from knowledge.models import Instrument, ProductGroup
from mailing.models import OutboxEmail, OutboxStatus
from meetings.models import MeetingIndexPage, MeetingSeries, Minutes
from meetings.services import meetings_mark_held, minutes_approve, minutes_publish, minutes_start
from members.models import ContactRequest, Invitation, JoinRequest, Membership, Organisation
from members.services.memberships import invitation_create
from tests.factories import (
    ContactRequestFactory,
    JoinRequestFactory,
    MembershipFactory,
    OrganisationFactory,
    UserFactory,
)
from tests.knowledge.factories import ProductGroupFactory
from tests.meetings.factories import (
    MeetingPageFactory,
    MeetingSeriesFactory,
    in_days,
    meeting_publish,
)

pytestmark = pytest.mark.django_db

PK_CONVERTER = re.compile(r"<(?:\w+:)?pk>")
OTHER_ARGUMENT = re.compile(r"<\w|\(\?P")


def own_viewsets():
    """The registered viewsets whose code lives in this project, not in Wagtail."""
    base = Path(settings.BASE_DIR)
    own = []
    for viewset in viewsets.viewsets:
        module = __import__(type(viewset).__module__, fromlist=["_"])
        path = Path(module.__file__).resolve()
        if base in path.parents and ".venv" not in path.parts:
            own.append(viewset)
    return own


def routes(patterns, prefix=""):
    """``(route, name)`` of every URL pattern, with included patterns flattened."""
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from routes(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern), pattern.name


def examples():
    """Objects of each model in the states its views treat differently."""
    organisation = OrganisationFactory(name="Gemeente Crawl", domains=["crawl.example"])
    accepted = invitation_create(email="al@crawl.example", organisation=organisation)
    Invitation.objects.filter(pk=accepted.pk).update(accepted_at=timezone.now())
    return {
        Organisation: [organisation],
        Membership: [MembershipFactory(organisation=organisation)],
        Invitation: [
            invitation_create(email="open@crawl.example", organisation=organisation),
            accepted,
        ],
        JoinRequest: [
            JoinRequestFactory(status=status) for status in ("new", "in_review", "declined")
        ],
        ContactRequest: [ContactRequestFactory(status=status) for status in ("new", "handled")],
        ProductGroup: [ProductGroupFactory(name="Schoonmaak", slug="schoonmaak")],
        Instrument: [Instrument.objects.create(name="Marktconsultatie")],
        MeetingSeries: [MeetingSeriesFactory(name="RCIO crawl")],
        Minutes: _minutes_examples(),
        OutboxEmail: [
            OutboxEmail.objects.create(
                message_id=f"<crawl-{status}@cirkelinkoop.example>",
                from_email="portal@cirkelinkoop.example",
                to=["iemand@crawl.example"],
                subject=f"Bericht ({status})",
                body="Tekst",
                status=status,
            )
            for status in OutboxStatus
        ],
    }


def _minutes_examples() -> list:
    """Minutes in each state: a draft, sent, approved (frozen)."""
    minutes = []
    for days_ago in (20, 30, 40):
        meeting = meeting_publish(
            MeetingPageFactory(
                parent=MeetingIndexPage.objects.get(),
                live=False,
                start=in_days(-days_ago),
                end=in_days(-days_ago, 16),
            )
        )
        minutes.append(minutes_start(meeting=meeting))
    meetings_mark_held()
    minutes_publish(minutes=minutes[1])
    minutes_publish(minutes=minutes[2])
    minutes_approve(minutes=minutes[2])
    return minutes


def admin_urls(objects):
    """``(viewset, name, url, instance)`` for each URL of each own viewset, once per
    example object where it takes a pk (``instance`` is None where it takes none).

    Delete views come last, so the objects are still there for every other view.
    """
    found = []
    for viewset in own_viewsets():
        assert viewset.model in objects, f"Add example objects of {viewset.model} to this test"
        for route, name in routes(viewset.get_urlpatterns()):
            base = f"/beheer/{viewset.url_prefix}/{route}"
            if PK_CONVERTER.search(route):
                for instance in objects[viewset.model]:
                    url = PK_CONVERTER.sub(str(instance.pk), base)
                    if OTHER_ARGUMENT.search(url):
                        continue  # a revision's views: the permission matrix asks them
                    found.append((viewset, name, url, instance))
            else:
                found.append((viewset, name, base, None))
    return sorted(found, key=lambda item: item[1] == "delete")


def expected_answer(viewset, name, instance, user) -> tuple[int, str]:
    """What a GET must give: the page itself, unless the role or the object's state
    forbids it; then the way Wagtail (or our transition view) sends the user back."""
    if name == "delete" and not viewset.permission_policy.user_has_permission(user, "delete"):
        return 302, "/beheer/"  # Wagtail's "no permission" answer
    action = next((a for a in getattr(viewset, "actions", []) if a.name == name), None)
    if action is not None:
        instance.refresh_from_db()  # an earlier POST of the crawl may have taken a step
    if action is not None and not action.is_allowed(instance):
        return 302, reverse(viewset.get_url_name("edit"), args=[instance.pk])
    return 200, ""


def nonsense_for(response) -> dict:
    """Something wrong in every field of the page's form: text, or an id that is no row.

    Not text in a choice of rows: Wagtail's own chooser widget then fails when it shows
    the form again (``BaseChooser.get_instance`` catches no ValueError), which no
    coordinator can cause from the page itself.
    """
    form = response.context and response.context.get("form")
    fields = getattr(form, "fields", {})
    if not fields:
        return {"x": "<x>"}
    return {
        form.add_prefix(name): "999999" if isinstance(field, forms.ModelChoiceField) else "<x>"
        for name, field in fields.items()
    }


@pytest.fixture
def superuser(db):
    return UserFactory(email="root@coalitie.example", is_superuser=True, is_staff=True)


@pytest.mark.parametrize("who", ["coordinator", "superuser"])
def test_no_admin_view_of_the_portal_gives_a_server_error(request, who, site_with_coordinator):
    user = request.getfixturevalue(who)
    client = Client(raise_request_exception=False)
    client.force_login(user)
    urls = admin_urls(examples())
    assert len({name for _viewset, name, _url, _obj in urls}) >= 10  # discovery found them

    errors, unexpected = [], []
    for viewset, name, url, instance in urls:
        expected = expected_answer(viewset, name, instance, user)
        page = client.get(url)
        if page.status_code >= 500:
            errors.append(("GET", url, page.status_code))
            continue
        # A redirect or 404 where the page should open would make this crawl prove nothing.
        answer = (page.status_code, page.get("Location", ""))
        if answer != expected:
            unexpected.append((url, *answer))
        for data in ({}, nonsense_for(page)):
            response = client.post(url, data)
            if response.status_code >= 500:
                errors.append(("POST", url, data, response.status_code))

    assert errors == [], "\n".join(map(str, errors))
    assert unexpected == [], "\n".join(map(str, unexpected))
