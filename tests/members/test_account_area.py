"""The account area and the member directory as a member sees them."""

import pytest

from tests.factories import ContactRequestFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


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
