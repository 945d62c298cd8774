"""The account area and the member directory as a member sees them."""

import pytest
from allauth.account.models import EmailAddress
from dateutil.relativedelta import relativedelta
from django.utils import timezone

from members.models import ContactRequest
from members.services.privacy import expired_personal_data_remove
from tests.factories import (
    ContactRequestFactory,
    JoinRequestFactory,
    MembershipFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

DATA = "/account/gegevens/"


def test_account_pages_share_a_sub_navigation_with_the_current_page(client, member):
    client.force_login(member)

    for path in ("/account/gegevens/", "/account/email/", "/account/password/change/"):
        html = client.get(path).content.decode()
        nav = html[html.index('class="ck-subnav"') :]
        nav = nav[: nav.index("</nav>")]
        assert nav.count("<a ") == 3
        assert f'href="{path}" aria-current="page"' in nav, path


def test_no_request_counts_for_a_member_who_never_sent_one(client, member):
    client.force_login(member)

    html = client.get("/account/gegevens/").content.decode()

    assert "Contactverzoeken die je verstuurde" not in html
    assert "Aanvragen om mee te doen die je verstuurde" not in html


def test_request_counts_show_once_someone_sent_one(client, member):
    ContactRequestFactory(email=member.email)
    client.force_login(member)

    html = client.get("/account/gegevens/").content.decode()

    assert "Contactverzoeken die je verstuurde" in html


def test_request_counts_are_kept_and_follow_every_change_at_once(client, member, settings):
    """The counts are kept between visits: a request sent, a request's personal data
    removed after the retention period and a newly verified address each show at once."""
    settings.MEMBERS_RETENTION_MONTHS = 12
    client.force_login(member)
    client.get(DATA)
    assert "Contactverzoeken die je verstuurde" not in client.get(DATA).content.decode()

    sent = ContactRequestFactory(email=member.email.upper())
    assert "Contactverzoeken die je verstuurde" in client.get(DATA).content.decode()

    ContactRequest.objects.filter(pk=sent.pk).update(
        status="handled", handled_at=timezone.now() - relativedelta(months=13)
    )
    expired_personal_data_remove()
    assert "Contactverzoeken die je verstuurde" not in client.get(DATA).content.decode()

    JoinRequestFactory(email="ander@werk.example")
    assert "Aanvragen om mee te doen" not in client.get(DATA).content.decode()
    EmailAddress.objects.create(user=member, email="ander@werk.example", verified=True)
    assert "Aanvragen om mee te doen die je verstuurde" in client.get(DATA).content.decode()


def test_sign_out_in_the_header_looks_like_its_neighbours(client, member):
    client.force_login(member)

    html = client.get("/account/gegevens/").content.decode()

    header = html[html.index('class="ck-header__account"') :]
    header = header[: header.index("</div>")]
    assert header.count('class="ck-header__link"') == 2


def test_the_directory_wraps_addresses_only_after_the_at(client, home, member, utrecht):
    MembershipFactory(
        organisation=utrecht,
        user=UserFactory(email="ahmed.restmateriaal@nieuwegein.example"),
        phone="030 000 01 06",
        in_directory=True,
    )
    client.force_login(member)

    html = client.get("/deelnemers/leden/").content.decode()

    assert "ahmed.restmateriaal@<wbr>nieuwegein.example</a>" in html
    assert 'class="utrecht-link ck-person__link" href="tel:0300000106"' in html
