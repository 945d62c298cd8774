"""What the permission matrix (tests/security/) does not check: what a page says, and
the member whose organisation stopped taking part."""

import pytest

pytestmark = pytest.mark.django_db


def as_user(client, user):
    if user is not None:
        client.force_login(user)
    return client


def test_an_account_without_organisation_gets_an_explanation_not_the_directory(
    client, home, outsider, member
):
    response = as_user(client, outsider).get("/deelnemers/leden/")

    assert response.status_code == 403
    assert "Alleen voor leden" in response.content.decode()
    assert "Bram Lid" not in response.content.decode()


def test_a_member_of_an_organisation_that_stopped_loses_the_directory(
    client, home, member, utrecht
):
    utrecht.is_active = False
    utrecht.save()

    assert as_user(client, member).get("/deelnemers/leden/").status_code == 403


def test_the_organisation_page_shows_people_to_members_only(client, home, member, utrecht):
    assert "Bram Lid" not in client.get("/deelnemers/gemeente-utrecht/").content.decode()

    html = as_user(client, member).get("/deelnemers/gemeente-utrecht/").content.decode()
    assert "Bram Lid" in html


def test_pages_and_documents_for_signed_in_people_are_for_members_only(
    client, home, member, utrecht
):
    """Wagtail's privacy option "signed-in people" lets any account in; here it means
    the members, so an account whose organisation stopped is told so, not let in."""
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model
    from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

    from tests.factories import StandardPageFactory

    page = StandardPageFactory(parent=home, slug="besloten", intro="Notulen van het overleg.")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    collection = Collection.get_first_root_node().add_child(name="Voor leden")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = get_document_model().objects.create(
        title="Notulen", collection=collection, file=ContentFile(b"Notulen", name="notulen.txt")
    )
    as_user(client, member)
    assert client.get("/besloten/").status_code == 200
    assert client.get(document.url).status_code == 200

    utrecht.is_active = False
    utrecht.save()
    page_answer, document_answer = client.get("/besloten/"), client.get(document.url)

    for answer in (page_answer, document_answer):
        assert answer.status_code == 403
        assert "Alleen voor leden" in answer.content.decode()
    assert "Notulen van het overleg" not in page_answer.content.decode()
