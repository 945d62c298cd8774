import pytest

from members.models import CoordinatorSettings
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory

COORDINATOR_EMAIL = "coordinator@coalitie.example"


@pytest.fixture
def site_with_coordinator(home):
    """The default site, with the coordinator's address in its settings."""
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    CoordinatorSettings.objects.update_or_create(
        site=site, defaults={"name": "Carla Coördinator", "email": COORDINATOR_EMAIL}
    )
    return site


@pytest.fixture
def utrecht(db):
    return OrganisationFactory(name="Gemeente Utrecht", domains=["utrecht.example"])


@pytest.fixture
def member(utrecht):
    return MembershipFactory(
        organisation=utrecht,
        user=UserFactory(email="bram@utrecht.example", first_name="Bram", last_name="Lid"),
    ).user


@pytest.fixture
def outsider(db):
    """Signed up somehow, but not linked to any organisation."""
    return UserFactory(email="iemand@elders.example")
